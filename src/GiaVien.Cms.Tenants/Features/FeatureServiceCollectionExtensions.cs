using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Tenants.Features;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>Declares a feature of the calling module; tenants enable it from "Tính năng".</summary>
    public static IServiceCollection AddFeature(this IServiceCollection services, FeatureDescriptor feature) =>
        services.AddSingleton(feature);
}
