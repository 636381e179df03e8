using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GiaVien.Cms.District;

public static class DistrictServiceCollectionExtensions
{
    /// <summary>The shared-news read model of the district portal: its store, its feed from the members' changes, its reader.</summary>
    public static IServiceCollection AddDistrict(this IServiceCollection services)
    {
        services.AddOptions<DistrictOptions>().BindConfiguration("Cms:District");
        services.TryAddSingleton<SharedSummaryProjector>();
        services.TryAddSingleton<SharedSummaryStore>();
        services.TryAddSingleton<SharedSummaryRefresher>();
        services.TryAddSingleton<SharedSummaryFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<SharedSummaryFeed>());
        services.TryAddSingleton<SharedSummaryMemo>();
        services.TryAddSingleton<SharedSummaries>();
        return services;
    }
}
