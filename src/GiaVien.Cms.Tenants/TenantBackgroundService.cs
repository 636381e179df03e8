using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog.Context;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Every <see cref="TenantsOptions.BackgroundInterval"/>, runs the <see cref="ITenantBackgroundTask"/>s of the running
/// tenants whose work is due (<see cref="TenantWorkSchedule"/>), one tenant at a time, and releases idle shells. A
/// tenant is due when a task said so, when its work changed (<see cref="ScheduledWorkChanges"/>, here or on another
/// node) or its record changed, and at least every <see cref="TenantsOptions.ScheduleRecheck"/> (spread per tenant,
/// <see cref="RecheckSpread"/>); a tenant with nothing
/// due costs a look-up. Due times survive a restart (<see cref="TenantDueTimes"/>), so a start opens only the tenants
/// that are due. Shared work runs only in passes that hold the <see cref="IBackgroundWorkLock"/>; a node without it still
/// keeps its own files current. A failed tenant (database missing) stays due and is only probed, which brings it back
/// once its data is.
/// </summary>
public sealed class TenantBackgroundService(
    TenantRegistry registry,
    ShellHost shells,
    TenantFailures failures,
    TenantWorkSchedule schedule,
    TenantDueTimes dueTimes,
    CmsMetrics metrics,
    ScheduledWorkChanges workChanges,
    IBackgroundWorkLock workLock,
    IServiceScopeFactory scopes,
    IOptions<TenantsOptions> options,
    TimeProvider clock,
    ILogger<TenantBackgroundService> logger) : BackgroundService
{
    private bool _heldSharedWork;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        workChanges.Changed += schedule.MarkDue;
        registry.Changed += schedule.MarkDue;
        var saving = SaveDueTimesAsync(stoppingToken);
        try
        {
            // A pass over the empty map of a node still reading its records would find nothing due and nothing interrupted.
            await registry.WhenLoadedAsync(stoppingToken);
            using var timer = new PeriodicTimer(options.Value.BackgroundInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        finally
        {
            registry.Changed -= schedule.MarkDue;
            workChanges.Changed -= schedule.MarkDue;
            await saving;
        }
    }

    /// <summary>One pass over the running tenants whose work is due; public so tests and the admin can trigger it.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var sharedWork = await TryAcquireSharedWorkAsync(cancellationToken);
        if (sharedWork is not null)
        {
            if (!_heldSharedWork)
            {
                // Taken over from another node (or first pass): this node did not follow the shared work's due times.
                await dueTimes.RestoreAsync(cancellationToken);
            }

            await ReleaseInterruptedSetupsAsync(cancellationToken);
        }

        _heldSharedWork = sharedWork is not null;
        var now = clock.GetUtcNow();
        foreach (var tenant in registry.Map.Tenants.Where(t => t.State == TenantState.Running && schedule.IsDue(t.Name, now)))
        {
            await RunTenantAsync(tenant, sharedWork is not null, cancellationToken);
        }

        // Stored before the lock goes, so the node that takes the shared work over next reads them.
        await dueTimes.SaveAsync(cancellationToken);
        shells.ReleaseIdle(options.Value.IdleTimeout);
    }

    /// <summary>
    /// Removes a changed tenant's stored due time as soon as the change is heard, not at the next pass: a restart in
    /// between must find the tenant due.
    /// </summary>
    private async Task SaveDueTimesAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await schedule.WaitForUnsavedAsync(stoppingToken);
                await dueTimes.SaveAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still unsaved is written once more below.
        }
        finally
        {
            await dueTimes.SaveAsync(CancellationToken.None);
        }
    }

    private async Task RunTenantAsync(TenantRecord tenant, bool sharedWork, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("Tenant", tenant.Name);
        schedule.Starting(tenant.Name);
        var started = clock.GetTimestamp();
        try
        {
            if (await failures.IsStillFailedAsync(tenant, cancellationToken))
            {
                schedule.Failed(tenant.Name);
                return;
            }

            var nextDue = await RunTasksAsync(tenant, sharedWork, cancellationToken);
            schedule.Completed(tenant.Name, nextDue, tenant.Version, durable: sharedWork);
            metrics.BackgroundWork(tenant.Name, clock.GetElapsedTime(started));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One tenant's failure must not stop the others' scheduled work; it stays due, so the next pass tries again.
            // A lost database is logged once, as the tenant fails.
            schedule.Failed(tenant.Name);
            if (!await failures.ReportAsync(tenant, e))
            {
                logger.LogError(e, "Background work failed for tenant {TenantName}", tenant.Name);
            }
        }
    }

    /// <returns>When the tenant's work is next due.</returns>
    private async Task<DateTimeOffset> RunTasksAsync(TenantRecord tenant, bool sharedWork, CancellationToken cancellationToken)
    {
        var shell = await shells.GetForBackgroundAsync(tenant, cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
            // Due times are read again from the database at least this often, in case a change was not notified.
            var nextDue = clock.GetUtcNow() + RecheckSpread.After(tenant.Name, options.Value.ScheduleRecheck);
            foreach (var task in scope.ServiceProvider.GetServices<ITenantBackgroundTask>().Where(t => sharedWork || t.RunsOnEveryNode))
            {
                await task.RunAsync(scope.ServiceProvider, cancellationToken);
                var due = await task.NextDueAsync(scope.ServiceProvider, cancellationToken);
                nextDue = due < nextDue ? due.Value : nextDue;
            }

            return nextDue;
        }
        finally
        {
            // A tenant nobody visits keeps nothing open between its background runs, hours apart.
            shells.CloseConnectionsUnlessActive(tenant);
        }
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
