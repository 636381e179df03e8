using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using OpenTelemetry.Metrics;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Per-tenant metrics through OpenTelemetry, scraped by Prometheus at <c>/admin/metrics</c> of the district: requests
/// (ASP.NET Core's <c>http.server.request.duration</c>, tagged with the tenant), page renders and output-cache hits,
/// searches and background work (<see cref="CmsMetrics"/>). The endpoint asks what the tenant list asks: a district
/// administrator, signed in or with an API token (<c>Authorization: Bearer gv_…</c>, as a Prometheus scrape job sends).
/// </summary>
public static class MetricsExtensions
{
    public const string Path = "/admin/metrics";
    public const string Policy = "Metrics";

    // Requests, renders and searches of a thousand tenants, each histogram bucketed: above the SDK's default of 2,000 series.
    private const int SeriesPerMetric = 50_000;

    private static readonly MetricStreamConfiguration SeriesLimit = new() { CardinalityLimit = SeriesPerMetric };

    // Hosting's count of requests in progress: not per tenant, not asked for, and two more updates of a shared
    // aggregate on every request, a cached page's included (its start and its end). Dropped, it is not measured at all.
    private const string ActiveRequests = "http.server.active_requests";

    public static IServiceCollection AddCmsMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CmsMetrics.MeterName, "Microsoft.AspNetCore.Hosting")
            .AddView(instrument => instrument.Name == ActiveRequests ? MetricStreamConfiguration.Drop : SeriesLimit)
            .AddPrometheusExporter());
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ApiTokenAuthentication.SchemeName)
            .AddRequirements(new DistrictOnlyRequirement())
            .RequireAuthenticatedUser()
            .RequireAssertion(context => CmsSecurity.HasPermission(context.User, Roles.ManageTenants)));
        return services;
    }

    /// <summary>Tags every request's duration metric with its tenant; to be used after tenant resolution.</summary>
    public static void UseTenantMetricsTag(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<TenantMatch>() is { } match && context.Features.Get<IHttpMetricsTagsFeature>() is { } tags)
        {
            tags.Tags.Add(new(CmsMetrics.TenantTag, match.Tenant.Name));
        }

        return next(context);
    });

    public static void MapCmsMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(Policy);
}
