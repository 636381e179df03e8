using System.Security.Claims;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Checks a sign-in cookie on each request. It is valid only on the tenant that issued it (cookie names and
/// paths already keep tenants apart in the browser; this holds even if a cookie is copied by hand). And it is
/// valid only while its user exists, is enabled and still has the security stamp the cookie was issued with.
/// The database is the truth (several web nodes may serve one user); it is read at most once per
/// <see cref="UsersOptions.SessionValidationInterval"/> per cookie: a successful check rebuilds the principal
/// (roles changed since are applied) and re-issues the cookie, whose issue time marks the check.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var shell = context.HttpContext.Features.Get<ShellContext>();
        var principal = context.Principal;
        if (shell is null || principal?.FindFirstValue(UserClaims.TenantClaim) != shell.Name)
        {
            await RejectAsync(context);
            return;
        }

        var services = context.HttpContext.RequestServices;
        var interval = services.GetRequiredService<IOptions<UsersOptions>>().Value.SessionValidationInterval;
        var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (context.Properties.IssuedUtc is { } issued && now - issued < interval)
        {
            return;
        }

        var user = int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? await services.GetRequiredService<UserService>().FindAsync(id, context.HttpContext.RequestAborted)
            : null;
        if (user is not { IsEnabled: true } || user.SecurityStamp != principal.FindFirstValue(UserClaims.SecurityStampClaim))
        {
            services.GetRequiredService<ILogger<CookieValidatePrincipalContext>>()
                .LogInformation("Session of {UserName} ended: the account was disabled or removed, or its security stamp changed", principal.Identity?.Name);
            await RejectAsync(context);
            return;
        }

        context.ReplacePrincipal(UserClaims.Principal(user, shell.Name, context.Scheme.Name));
        context.ShouldRenew = true;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
