using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Tenants.Management;

public static class TenantManagementServiceCollectionExtensions
{
    /// <summary>What the district administrator does with tenants: create in the background, list, archive, remove, retire.</summary>
    public static IServiceCollection AddTenantManagement(this IServiceCollection services)
    {
        services.AddSingleton<TenantStatisticsCollector>();
        services.AddSingleton<ITenantBackgroundTask>(sp => sp.GetRequiredService<TenantStatisticsCollector>());
        services.AddSingleton<TenantProvisioning>();
        services.AddSingleton<BulkTenantCreation>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantProvisioning>());
        services.AddHostedService<TenantTemplateWarmUp>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<TenantExporter>();
        services.AddSingleton<TenantImporter>();
        services.AddSingleton<TenantRemoval>();
        services.AddSingleton<TenantRetirement>();
        services.AddSingleton<SetupRecipes>();
        services.AddScoped<IAdminMenuEntry, TenantsMenuEntry>();
        return services;
    }
}
