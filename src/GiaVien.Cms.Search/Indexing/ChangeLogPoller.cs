using System.Collections.Concurrent;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The fast path of indexing: every <see cref="SearchOptions.PollInterval"/> it applies new change-log entries
/// of the tenants whose shell is active or whose public content was reported changed (on this node or, through
/// the cluster module, on another), so a publish is searchable within a poll and a refresh on every node. The
/// change log in the database stays the truth: a lost notification only delays a tenant until it is active or
/// the slow path runs. Idle tenants are caught up by
/// <see cref="SearchIndexingTask"/> on the slower background schedule. On start it opens every running
/// tenant's index, which rebuilds the missing, unreadable or outdated ones.
/// </summary>
public sealed class ChangeLogPoller(
    TenantRegistry registry,
    ShellHost shells,
    TenantFailures failures,
    PublicChanges publicChanges,
    SearchIndexes indexes,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<ChangeLogPoller> logger) : BackgroundService
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _retryAfter = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        publicChanges.Changed += MarkChanged;
        try
        {
            await Task.Yield();
            foreach (var tenant in RunningTenants())
            {
                await CatchUpAsync(tenant, stoppingToken);
            }

            using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var tenant in RunningTenants().Where(t => _changed.TryRemove(t.Name, out _) || shells.IsActive(t.Name)))
                {
                    await CatchUpAsync(tenant, stoppingToken);
                }
            }
        }
        finally
        {
            publicChanges.Changed -= MarkChanged;
        }
    }

    private void MarkChanged(string tenantName) => _changed[tenantName] = true;

    // A failed tenant (database missing) has nothing to index; it is polled again once it is back.
    private IEnumerable<TenantRecord> RunningTenants() => registry.Map.Tenants.Where(t => t.State == TenantState.Running && !failures.IsFailed(t.Name));

    private async Task CatchUpAsync(TenantRecord tenant, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (_retryAfter.TryGetValue(tenant.Name, out var retry) && clock.GetUtcNow() < retry)
        {
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
            if (!await failures.ReportAsync(tenant, e))
            {
                logger.LogWarning(e, "Indexing the change log of tenant {TenantName} failed; retrying in {Seconds} s", tenant.Name, FailureBackoff.TotalSeconds);
            }
        }
    }
}
