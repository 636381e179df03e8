using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GiaVien.Cms.Tenants;

public static class TenantsServiceCollectionExtensions
{
    public static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.AddOptions<TenantsOptions>().BindConfiguration("Cms:Tenants");
        services.AddOptions<DatabaseOptions>().BindConfiguration("Cms:Database");
        services.AddSingleton<GiaVien.Cms.Data.Changes.PublicChanges>();
        services.AddSingleton<GiaVien.Cms.Data.Changes.PublicChangeCounter>();
        services.AddSingleton<GiaVien.Cms.Data.Changes.ScheduledWorkChanges>();
        services.AddSingleton<TenantDatabase>();
        services.TryAddSingleton(NodeTopology.SingleNode);
        services.AddSingleton<TenantRegistry>();
        services.AddOptions<PublicAddressOptions>().BindConfiguration("Cms");
        services.AddSingleton<PublicOrigins>();
        services.AddOptions<Memory.MemoryReturnOptions>().BindConfiguration("Cms:Tenants:MemoryReturn");
        services.AddSingleton<Memory.IdleMemoryReturn>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<TenantFailures>();
        services.AddSingleton<RetiredTenantRedirects>();
        services.AddScoped<ShellScope>();
        services.AddScoped(sp =>
        {
            var shells = sp.GetRequiredService<ShellScope>();
            return new TenantDb(() => shells.Shell.CreateDbContext());
        });
        // One context a scope, the holder's: made when first asked for, by a service that takes it or through the holder.
        services.AddScoped(sp => sp.GetRequiredService<TenantDb>().Context);
        services.AddScoped<SiteSettingsStore>();
        services.AddOptions<Caching.PublicReadCacheOptions>().BindConfiguration("Cms:ReadCache");
        services.AddScoped<Caching.PublicReadCache>();
        services.AddSingleton<IBackgroundWorkLock, SingleNodeWorkLock>();
        services.AddSingleton<TenantWorkSchedule>();
        services.AddSingleton<TenantDueTimes>();
        services.AddSingleton<CmsMetrics>();
        services.AddSingleton<TenantBackgroundService>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantBackgroundService>());
        return services;
    }

    /// <summary>Resolves the request's tenant; its DI scope is entered later, by <see cref="UseTenantScope"/>.</summary>
    public static IApplicationBuilder UseTenants(this IApplicationBuilder app) => app.UseMiddleware<KnownHosts>().UseMiddleware<TenantMiddleware>();

    /// <summary>Enters the request's tenant in its DI scope (<see cref="TenantScopeEntry"/>); after <see cref="UseTenants"/>.</summary>
    public static IApplicationBuilder UseTenantScope(this IApplicationBuilder app) => app.UseMiddleware<TenantScopeEntry>();
}
