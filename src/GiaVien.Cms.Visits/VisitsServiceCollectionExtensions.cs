using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Visits;
using Microsoft.AspNetCore.Builder;

namespace Microsoft.Extensions.DependencyInjection;

public static class VisitsServiceCollectionExtensions
{
    /// <summary>The "Lượt truy cập" feature: the in-memory tally, its background flush, and the reading side.</summary>
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.AddFeature(VisitsFeature.Descriptor);
        services.AddOptions<VisitsOptions>().BindConfiguration("Cms:Visits");
        services.AddSingleton<VisitTally>();
        services.AddSingleton<VisitedPages>();
        services.AddSingleton<VisitsSwitch>();
        services.AddSingleton<WrittenVisitsMemo>();
        services.AddSingleton<VisitFlush>();
        services.AddHostedService<VisitFlushService>();
        services.AddScoped<VisitStatistics>();
        services.AddScoped<MostReadList>();
        return services;
    }

    /// <summary>Counts page views; goes after authentication (signed-in users are not counted) and before the output cache (cached pages are).</summary>
    public static IApplicationBuilder UseVisitCounting(this IApplicationBuilder app) => app.UseMiddleware<VisitCounting>();
}
