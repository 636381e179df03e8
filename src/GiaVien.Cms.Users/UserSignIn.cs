using GiaVien.Cms.Data.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Users;

/// <summary>Issues the sign-in cookie of the current tenant, with the user's current claims and security stamp.</summary>
public static class UserSignIn
{
    public static Task SignInUserAsync(this HttpContext context, UserRecord user, string tenant) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.Principal(user, tenant, CookieAuthenticationDefaults.AuthenticationScheme));
}
