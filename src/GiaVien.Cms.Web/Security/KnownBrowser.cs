using GiaVien.Cms.Users;
using Microsoft.AspNetCore.DataProtection;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// A browser a user has signed in with carries a signed mark of that user (a "device cookie"); its next sign-ins are
/// not counted against the per-account limit, so guessing spread over many addresses cannot keep that user out.
/// The mark is bound to the tenant (purpose and cookie name) and grants nothing but that exemption.
/// </summary>
public static class KnownBrowser
{
    private const string CookieName = CmsSecurity.CookiePrefix + "known";

    public static bool Matches(HttpContext context, string tenant, string userName)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return false;
        }

        try
        {
            return Protector(context, tenant).Unprotect(value) == UserService.Normalize(userName);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public static void Remember(HttpContext context, string tenant, string userName) =>
        context.Response.Cookies.Append(CookieName, Protector(context, tenant).Protect(UserService.Normalize(userName)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = context.Request.PathBase + "/admin",
            MaxAge = TimeSpan.FromDays(365),
        });

    private static IDataProtector Protector(HttpContext context, string tenant) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("GiaVien.Cms.KnownBrowser", tenant);
}
