using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Site.Questions;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Serving;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Api;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site;

namespace GiaVien.Cms.Web.Hosting;

public static class CmsApplicationBuilderExtensions
{
    /// <summary>Brings the host's tenant registry up to date before the first request is accepted.</summary>
    public static async Task InitializeCmsAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<GiaVien.Cms.Data.TenantDatabase>().MigrateHostAsync(CancellationToken.None);
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        await registry.ReloadAsync();
        ActivateDistrictShellMeanwhile(app.Services, registry);
    }

    /// <summary>
    /// Starts activating the district's shell (its schema check, EF Core's model, pending feature migrations: seconds in a
    /// cold process) on another thread while the rest of the host starts, instead of on the first request once it
    /// listens. A failure is not lost: the shell host drops a failed activation and the next request tries again.
    /// </summary>
    private static void ActivateDistrictShellMeanwhile(IServiceProvider services, TenantRegistry registry)
    {
        if (registry.Map.Find(TenantRecord.DefaultName) is { State: TenantState.Running } district)
        {
            var shells = services.GetRequiredService<ShellHost>();
            _ = Task.Run(() => shells.GetAsync(district));
        }
    }

    /// <summary>
    /// The request pipeline: security headers → Content-Security-Policy (every response) → forwarded headers
    /// (configured proxies only) → request log → error handler (every environment: no stack trace reaches a visitor) →
    /// known hosts → tenant (sets path base and log context) → API errors as problem details → media files →
    /// per-tenant cookies → compression (not the admin) → static theme assets → routing → admin only for navigations
    /// and its own scripts → authentication (requests with a cookie) → visit counter (cached pages count too) → nonce of
    /// cached pages → output cache (anonymous public pages) → authorization → rate limiting (search) → endpoints.
    /// </summary>
    public static void UseCms(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ContentSecurityPolicyHeaders>();
        app.UseTrustedProxies();
        app.UseCmsRequestLog();
        app.UseExceptionHandler(CmsErrorHandler.Handle);

        // Readiness first: the liveness branch below would also take /health/ready.
        app.Map("/health/ready", ready => ready.Run(ReadinessEndpoint.WriteAsync));
        app.Map("/health", health => health.Run(HealthEndpoint.WriteAsync));
        app.UseTenants();
        app.UseTenantMetricsTag();
        app.UseMiddleware<ApiErrors>();
        app.UseMediaFiles();
        app.UseMiddleware<TenantCookies>();
        app.UseMiddleware<RequestTooLarge>();
        app.UsePublicCompression();
        app.UseThemeAssets();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<AdminRequests>();
        app.UseAuthenticationOfCookieRequests();
        app.UseMiddleware<UserLogContext>();
        app.UseVisitCounting();
        app.UseMiddleware<NonceSubstitution>();
        app.UseOutputCache();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapNewsApi();
        app.MapContentApi();
        app.MapOpenApi("/api/openapi.json");
        app.MapUnknownApiPaths();
        app.MapMedia(CmsSecurity.MediaPolicy);
        app.MapSearch();
        app.MapQuestionPages();
        app.MapCmsMetrics();
        app.MapPublicSite();
    }
}
