using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Serving;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Api;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Site;
using Serilog;

namespace GiaVien.Cms.Web.Hosting;

public static class CmsApplicationBuilderExtensions
{
    /// <summary>Brings the host's tenant registry up to date before the first request is accepted.</summary>
    public static async Task InitializeCmsAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<GiaVien.Cms.Data.TenantDatabase>().MigrateHostAsync(CancellationToken.None);
        await app.Services.GetRequiredService<TenantRegistry>().ReloadAsync();
    }

    /// <summary>
    /// The request pipeline: security headers → forwarded headers (configured proxies only) → request log → error
    /// handler (every environment: no stack trace reaches a visitor) → known hosts → tenant (sets path base and log context) →
    /// API errors as problem details →
    /// media files → per-tenant cookies → compression (not the admin) → static theme assets → routing → authentication →
    /// output cache (anonymous public pages) → authorization → rate limiting (search) → endpoints.
    /// </summary>
    public static void UseCms(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseTrustedProxies();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            // The completion event is written outside the tenant's log context, so it is enriched here.
            diagnostics.Set("Tenant", context.Features.Get<TenantMatch>()?.Tenant.Name);
            diagnostics.Set("RequestId", context.TraceIdentifier);
            diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
            diagnostics.Set("UserName", context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null);
        };
        });
        app.UseExceptionHandler(CmsErrorHandler.Handle);

        app.Map("/health", health => health.Run(HealthEndpoint.WriteAsync));
        app.UseTenants();
        app.UseMiddleware<ApiErrors>();
        app.UseMediaFiles();
        app.UseMiddleware<TenantCookies>();
        app.UseMiddleware<RequestTooLarge>();
        app.UsePublicCompression();
        app.UseThemeAssets();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<UserLogContext>();
        app.UseOutputCache();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapNewsApi();
        app.MapOpenApi("/api/openapi.json");
        app.MapMedia(CmsSecurity.MediaPolicy);
        app.MapSearch();
        app.MapPublicSite();
    }
}
