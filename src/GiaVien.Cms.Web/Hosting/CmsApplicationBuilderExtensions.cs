using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Serving;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Api;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Security.Csp;
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
    /// The request pipeline: security headers → Content-Security-Policy (every response) → forwarded headers
    /// (configured proxies only) → request log → error handler (every environment: no stack trace reaches a visitor) →
    /// known hosts → tenant (sets path base and log context) → API errors as problem details → media files →
    /// per-tenant cookies → compression (not the admin) → static theme assets → routing → admin only for navigations
    /// and its own scripts → authentication → nonce of cached pages → output cache (anonymous public pages) →
    /// authorization → rate limiting (search) → endpoints.
    /// </summary>
    public static void UseCms(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ContentSecurityPolicyHeaders>();
        app.UseTrustedProxies();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // A 503 is a status page given on purpose (tenant disabled, being set up, failed: its failure is logged once
            // as an error); errors stay for exceptions and other 5xx, so a failed tenant does not log one per request.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode is >= 500 and not StatusCodes.Status503ServiceUnavailable
                    ? Serilog.Events.LogEventLevel.Error
                    : Serilog.Events.LogEventLevel.Information;
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
        app.UseMiddleware<AdminRequests>();
        app.UseAuthentication();
        app.UseMiddleware<UserLogContext>();
        app.UseMiddleware<NonceSubstitution>();
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
