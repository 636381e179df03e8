using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog.Context;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Runs every <see cref="ITenantBackgroundTask"/> for every running tenant, one tenant at a time, and releases idle
/// shells. Shared work runs only in passes that hold the <see cref="IBackgroundWorkLock"/>; a node without it
/// still keeps its own files current. A failed tenant (database missing) is only probed, which brings it back once its data is.
/// </summary>
public sealed class TenantBackgroundService(
    TenantRegistry registry,
    ShellHost shells,
    TenantFailures failures,
    IBackgroundWorkLock workLock,
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
        await using var sharedWork = await TryAcquireSharedWorkAsync(cancellationToken);
        if (sharedWork is not null)
        {
            await ReleaseInterruptedSetupsAsync(cancellationToken);
        }

        foreach (var tenant in registry.Map.Tenants.Where(t => t.State == TenantState.Running))
        {
            using var _ = LogContext.PushProperty("Tenant", tenant.Name);
            try
            {
                if (await failures.IsStillFailedAsync(tenant, cancellationToken))
                {
                    continue;
                }

                var shell = await shells.GetForBackgroundAsync(tenant, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
                foreach (var task in scope.ServiceProvider.GetServices<ITenantBackgroundTask>().Where(t => sharedWork is not null || t.RunsOnEveryNode))
                {
                    await task.RunAsync(scope.ServiceProvider, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One tenant's failure must not stop the others' scheduled work. A lost database is logged once, as the tenant fails.
                if (!await failures.ReportAsync(tenant, e))
                {
                    logger.LogError(e, "Background work failed for tenant {TenantName}", tenant.Name);
                }
            }
        }

        shells.ReleaseIdle(options.Value.IdleTimeout);
    }

    private async Task ReleaseInterruptedSetupsAsync(CancellationToken cancellationToken)
    {
        var startedBefore = clock.GetUtcNow().UtcDateTime - options.Value.SetupTimeout;
        foreach (var tenant in registry.Map.Tenants.Where(t => t.State == TenantState.Initializing && t.ModifiedUtc < startedBefore))
        {
            logger.LogWarning("Setup of tenant {TenantName} started {StartedUtc} never finished (its node stopped?); marking it not set up", tenant.Name, tenant.ModifiedUtc);
            try
            {
                await registry.SetStateAsync(tenant.Name, TenantState.Uninitialized,
                    "Quá trình khởi tạo bị gián đoạn (máy chủ dừng giữa chừng). Hãy xóa đơn vị này và tạo lại.", cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tried again on the next pass; the tenants' scheduled work must still run now.
                logger.LogError(e, "Tenant {TenantName} could not be marked not set up", tenant.Name);
            }
        }
    }

    private async Task<IAsyncDisposable?> TryAcquireSharedWorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await workLock.TryAcquireAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The lock's database is unreachable: skip the shared work this pass rather than risk running it twice.
            logger.LogWarning(e, "The background work lock could not be taken; shared work skipped this pass");
            return null;
        }
    }
}
