using GiaVien.Cms.Web.Site.Questions;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Serving;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Api;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Caching.Front;

namespace GiaVien.Cms.Web.Hosting;

public static class CmsApplicationBuilderExtensions
{
    /// <summary>Brings the host's tenant registry up to date before a command runs.</summary>
    public static Task InitializeCmsAsync(this WebApplication app) => TenantRecordsAtStart.LoadAsync(app.Services, CancellationToken.None);

    /// <summary>
    /// The web host's start: the tenant registry is brought up to date while the server starts listening, the request
    /// endpoints are built once it listens, the district home's first render is prepared once <c>/health</c> has answered.
    /// </summary>
    public static void StartInitializingCms(this WebApplication app)
    {
        TenantRecordsAtStart.LoadInBackground(app.Services);
        app.Services.GetRequiredService<EndpointsAtStart>().BuildOnceListening();
        app.Services.GetRequiredService<WarmUpAfterFirstHealth>().RunOnceHealthAnswered(app);
    }

    /// <summary>
    /// The request pipeline: security headers → Content-Security-Policy (every response) → forwarded headers
    /// (configured proxies only) → request log → error handler (every environment: no stack trace reaches a visitor) →
    /// known hosts → tenant (sets path base and log context) → the output cache's hits that can be answered before the
    /// rest (Site.Caching.Front: visit counted, nonce substituted; no DI scope made) → tenant's DI scope → API errors as problem details → media files →
    /// per-tenant cookies → compression (not the admin) → static theme assets → routing → admin only for navigations
    /// and its own scripts → authentication (requests with a cookie) → visit counter (cached pages count too) → nonce of
    /// cached pages → a render again for a visitor whose shared render was cancelled by another's client → output cache
    /// (anonymous public pages) → compression of the pages it stores → authorization → rate limiting (search) → endpoints.
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
        app.UseStoredPagesInFront();
        app.UseTenantScope();
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
        app.UseMiddleware<Site.Caching.SharedRenderCancellation>();
        app.UseOutputCache();
        app.Use(Site.Caching.SharedRenderCancellation.MarkOwnRender);
        app.UseMiddleware<Site.Caching.Compression.StoredPageCompression>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        // The admin's pages are built once the server listens (EndpointsAtStart), not before /health can answer.
        app.MapDeferred(pages => pages.MapRazorPages());
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
