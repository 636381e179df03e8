using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaVien.Cms.Web.Health;

public static class HealthChecksRegistration
{
    public static IServiceCollection AddCmsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataFolderHealthCheck>("data-folder")
            .AddCheck<FailedTenantsHealthCheck>("tenants");
        services.AddSingleton<EndpointsAtStart>();
        services.AddSingleton<WarmUpAfterFirstHealth>();
        services.AddSingleton<DistrictHomeWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<DistrictHomeWarmUp>());
        return services;
    }
}

/// <summary>
/// The host registry answers, and so does the district site's database once it is running (<see cref="DatabaseProbe"/>:
/// without EF Core, so a restarted node's liveness does not wait for EF Core's first contexts).
/// </summary>
public sealed class DatabaseHealthCheck(TenantDatabase database, TenantRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await DatabaseProbe.AnswersAsync(database.HostConnectionString(), database.DefaultProvider, cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The tenant registry database does not answer.");
        }

        var district = registry.Map.Find(TenantRecord.DefaultName);
        if (district?.State != TenantState.Running)
        {
            return HealthCheckResult.Healthy($"Tenant registry reachable; district site is {district?.State.ToString() ?? "not created yet"}.");
        }

        return await DatabaseProbe.AnswersAsync(database.TenantConnectionString(district.Name, district.DatabaseProvider), district.DatabaseProvider, cancellationToken)
            ? HealthCheckResult.Healthy($"Tenant registry and district database reachable ({district.DatabaseProvider}).")
            : HealthCheckResult.Unhealthy("The district site's database does not answer.");
    }
}

/// <summary>Media, indexes, logs and SQLite files all live in the data folder: it must accept writes.</summary>
public sealed class DataFolderHealthCheck(CmsDataFolder dataFolder) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(dataFolder.Root, $".health-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(dataFolder.Root);
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy($"{dataFolder.Root} is writable.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"{dataFolder.Root} is not writable: {e.Message}");
        }
    }
}
