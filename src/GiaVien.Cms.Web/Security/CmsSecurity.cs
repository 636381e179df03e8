using System.Security.Claims;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Media;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace GiaVien.Cms.Web.Security;

/// <summary>Cookie sign-in per tenant, the admin policy and antiforgery bound to the tenant.</summary>
public static class CmsSecurity
{
    public const string AdminPolicy = "Admin";
    public const string ApiPolicy = "Api";

    /// <summary>Admin access plus the permission to manage the media library.</summary>
    public const string MediaPolicy = "ManageMedia";
    /// <summary>Prefix of every cookie the CMS sets; <see cref="TenantCookies"/> suffixes them with the tenant.</summary>
    public const string CookiePrefix = ".gv.";

    /// <summary>The antiforgery cookie's name (before <see cref="TenantCookies"/> suffixes it): it signs no one in.</summary>
    public const string AntiforgeryCookie = CookiePrefix + "af";

    public static IServiceCollection AddCmsSecurity(this IServiceCollection services, CmsDataFolder dataFolder)
    {
        // Keys live with the installation's data, so sign-ins survive restarts and container rebuilds.
        services.AddDataProtection().SetApplicationName("GiaVien.Cms").PersistKeysToFileSystem(new DirectoryInfo(dataFolder.KeysFolder));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookiePrefix + "auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/admin/login";
                options.LogoutPath = "/admin/logout";
                options.AccessDeniedPath = "/admin/forbidden";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => HasPermission(context.User, Roles.AccessAdmin)))
            .AddPolicy(MediaPolicy, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => HasPermission(context.User, Roles.AccessAdmin)
                    && HasPermission(context.User, MediaServiceCollectionExtensions.ManageMediaPermission)))
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser())
            .AddAdminPolicies();
        services.AddSingleton<IAuthorizationPolicyProvider, PoliciesCombinedPerRequest>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IAuthorizationHandler, DistrictOnlyRequirement>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AdminAuthorizationResults>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            // Secure over HTTPS, so the token never travels in clear once the site is served over TLS.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__af";
        });
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        return services;
    }

    /// <summary>
    /// Whether the user holds <paramref name="permission"/>; a content permission held for one type only
    /// ("EditContent:ThongBao") counts here too, as it opens the content pages, whose handlers then check the item's type.
    /// </summary>
    public static bool HasPermission(ClaimsPrincipal user, string permission) =>
        user.HasClaim(AdminUser.PermissionClaim, Roles.AllPermissions)
        || user.HasClaim(c => c.Type == AdminUser.PermissionClaim && (c.Value == permission || ContentPermissions.IsTypeGrantOf(c.Value, permission)));
}
