using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog.Context;

namespace GiaVien.Cms.Tenants;

/// <summary>Runs every <see cref="ITenantBackgroundTask"/> for every running tenant, one tenant at a time, and releases idle shells.</summary>
public sealed class TenantBackgroundService(
    TenantRegistry registry,
    ShellHost shells,
    IServiceScopeFactory scopes,
    IOptions<TenantsOptions> options,
    TimeProvider clock,
    ILogger<TenantBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.BackgroundInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>One pass over every running tenant; public so tests and the admin can trigger it.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.Map.Tenants.Where(t => t.State == TenantState.Running))
        {
            using var _ = LogContext.PushProperty("Tenant", tenant.Name);
            try
            {
                var shell = await shells.GetForBackgroundAsync(tenant, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
                foreach (var task in scope.ServiceProvider.GetServices<ITenantBackgroundTask>())
                {
                    await task.RunAsync(scope.ServiceProvider, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One tenant's failure must not stop the others' scheduled work.
                logger.LogError(e, "Background work failed for tenant {TenantName}", tenant.Name);
            }
        }

        shells.ReleaseIdle(options.Value.IdleTimeout);
    }
}
