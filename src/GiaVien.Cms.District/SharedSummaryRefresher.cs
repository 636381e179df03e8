using System.Diagnostics;
using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.District;

/// <summary>
/// Brings one tenant's rows of the shared-news read model in line with its database, or all of them (the rebuild).
/// One refresh at a time on a node: a slow one that read older data can never overwrite a newer one's rows.
/// </summary>
public sealed class SharedSummaryRefresher(TenantRegistry registry, TenantFailures failures, SharedSummaryProjector projector, SharedSummaryStore store,
    ILogger<SharedSummaryRefresher> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <param name="Read">Member tenants read from their own databases.</param>
    /// <param name="Changed">Tenants whose rows changed.</param>
    public readonly record struct CheckResult(int Read, int Changed);

    /// <summary>
    /// Reads the tenant again: a tenant that is not a running member (disabled, removed, retired, the district itself)
    /// has no rows. A failed tenant's rows are kept, the district leaves them out while it is failed. False when the
    /// rows did not change.
    /// </summary>
    public async Task<bool> RefreshAsync(string tenantName, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var tenant = registry.Map.Find(tenantName);
            if (tenant is null || tenant.IsDefault || tenant.State != TenantState.Running)
            {
                return await store.ReplaceAsync(tenantName, [], readAtVersion: null, cancellationToken);
            }

            if (failures.IsFailed(tenant.Name) || await ReadAsync(tenant, cancellationToken) is not { } rows)
            {
                return false;
            }

            return await store.ReplaceAsync(tenant.Name, rows, tenant.Version, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Checks every member tenant against its database, and drops the rows of tenants that are no longer members: on
    /// request (<c>district rebuild-shared-news</c>, after a member's database was replaced by hand).
    /// </summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var members = RunningMembers().ToList();
        return (await RefreshAllAsync("all", members, members.Count, cancellationToken)).Changed;
    }

    /// <summary>
    /// After a start: reads only the members not marked checked at their record's current version (changed, created or
    /// restored while this node was down, or a change heard but not yet applied when a node stopped), and drops the rows
    /// of tenants that are no longer members. A member marked checked has had no change heard since its rows were read,
    /// by any node or command-line tool, so reading it again would only confirm its rows.
    /// </summary>
    public async Task<CheckResult> CatchUpAsync(CancellationToken cancellationToken)
    {
        var checkedAt = await store.CheckedAsync(cancellationToken);
        var members = RunningMembers().ToList();
        var toRead = members.Where(t => checkedAt.GetValueOrDefault(t.Name, -1) != t.Version).ToList();
        return await RefreshAllAsync("not marked checked", toRead, members.Count, cancellationToken);
    }

    public void Dispose() => _oneAtATime.Dispose();

    private IEnumerable<TenantRecord> RunningMembers() => registry.Map.Tenants.Where(t => !t.IsDefault && t.State == TenantState.Running);

    private async Task<CheckResult> RefreshAllAsync(string which, List<TenantRecord> members, int memberCount, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Tenants with rows that are not members (disabled, retired, removed without a node to hear it) lose them unread.
        var names = members.Select(t => t.Name)
            .Union((await store.TenantsAsync(cancellationToken)).Where(name => registry.Map.Find(name) is not { IsDefault: false, State: TenantState.Running }), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var changed = 0;
        foreach (var name in names)
        {
            if (await RefreshAsync(name, cancellationToken))
            {
                changed++;
            }
        }

        logger.LogInformation("Shared news: {ReadCount} of {MemberCount} member tenants read ({Which}) in {Elapsed:0} ms, {ChangedCount} tenants changed",
            members.Count, memberCount, which, Stopwatch.GetElapsedTime(started).TotalMilliseconds, changed);
        return new CheckResult(members.Count, changed);
    }

    private async Task<List<SharedSummaryRecord>?> ReadAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        try
        {
            return await projector.ReadAsync(tenant, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One member's database being unavailable must not stop the others: its rows stay, hidden while it is failed.
            if (!(DatabaseFailures.MayBeUnavailable(e) && await failures.ReportAsync(tenant, e)))
            {
                logger.LogWarning(e, "Shared news of tenant {SharedTenant} could not be read", tenant.Name);
            }

            return null;
        }
    }
}
