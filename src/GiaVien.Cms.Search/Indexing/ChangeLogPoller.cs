using System.Collections.Concurrent;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// Keeps indexes current without polling idle tenants: it sleeps until a tenant's public content is reported changed
/// (on this node or, through the cluster module, on another) and then applies that tenant's new change-log entries,
/// so a publish is searchable at once on this node and on the others. The change log in the database stays the truth:
/// an index catches up whenever it is opened (first search after a start), and every
/// <see cref="SearchOptions.CatchUpInterval"/> the open indexes catch up (in case a notice was lost) and those unused
/// for the tenants' idle timeout are closed. Nothing is done per tenant at start.
/// </summary>
public sealed class ChangeLogPoller(
    TenantRegistry registry,
    TenantFailures failures,
    PublicChanges publicChanges,
    SearchIndexes indexes,
    IOptions<SearchOptions> options,
    IOptions<TenantsOptions> tenantsOptions,
    TimeProvider clock,
    ILogger<ChangeLogPoller> logger) : BackgroundService
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _retryAfter = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        publicChanges.Changed += MarkChanged;
        try
        {
            var lastSweep = clock.GetTimestamp();
            while (!stoppingToken.IsCancellationRequested)
            {
                await _wake.WaitAsync(options.Value.CatchUpInterval, stoppingToken);
                foreach (var name in _changed.Keys)
                {
                    _changed.TryRemove(name, out _);
                    if (registry.Map.Find(name) is { State: TenantState.Running } tenant && !failures.IsFailed(name))
                    {
                        await CatchUpAsync(tenant, stoppingToken);
                    }
                }

                if (clock.GetElapsedTime(lastSweep) >= options.Value.CatchUpInterval)
                {
                    lastSweep = clock.GetTimestamp();
                    await SweepAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            publicChanges.Changed -= MarkChanged;
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    private void MarkChanged(string tenantName)
    {
        _changed[tenantName] = true;
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>The safety net: open indexes catch up with what a lost notice did not announce; unused ones are closed.</summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        foreach (var index in indexes.Open.ToList())
        {
            if (registry.Map.Find(index.TenantName) is { State: TenantState.Running } tenant && !failures.IsFailed(tenant.Name))
            {
                await CatchUpAsync(tenant, stoppingToken);
            }
        }

        indexes.CloseUnused(tenantsOptions.Value.IdleTimeout);
    }

    private async Task CatchUpAsync(TenantRecord tenant, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (_retryAfter.TryGetValue(tenant.Name, out var retry) && clock.GetUtcNow() < retry)
        {
            // Tried again after the back-off: the notice is kept until then.
            _changed[tenant.Name] = true;
            return;
        }

        try
        {
            var index = await indexes.GetAsync(tenant, stoppingToken);
            await index.CatchUpAsync(stoppingToken);
            _retryAfter.TryRemove(tenant.Name, out _);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // A tenant whose database is briefly unavailable is retried a little later, without flooding the log; one whose
            // database is gone fails (logged once there) and is left alone until it is back.
            _retryAfter[tenant.Name] = clock.GetUtcNow() + FailureBackoff;
            _changed[tenant.Name] = true;
            if (!await failures.ReportAsync(tenant, e))
            {
                logger.LogWarning(e, "Indexing the change log of tenant {TenantName} failed; retrying in {Seconds} s", tenant.Name, FailureBackoff.TotalSeconds);
            }
        }
    }
}
