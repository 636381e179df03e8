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
                return await store.ReplaceAsync(tenantName, [], cancellationToken);
            }

            if (failures.IsFailed(tenant.Name) || await ReadAsync(tenant, cancellationToken) is not { } rows)
            {
                return false;
            }

            return await store.ReplaceAsync(tenant.Name, rows, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Checks every member tenant against its database, and drops the rows of tenants that are no longer members:
    /// after a start (changes made while no node ran, a crash between a commit and its refresh) or on request.
    /// </summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var names = registry.Map.Tenants.Where(t => !t.IsDefault && t.State == TenantState.Running).Select(t => t.Name)
            .Union(await store.TenantsAsync(cancellationToken), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var changed = 0;
        foreach (var name in names)
        {
            if (await RefreshAsync(name, cancellationToken))
            {
                changed++;
            }
        }

        logger.LogInformation("Shared news of {TenantCount} tenants checked in {Elapsed:0} ms, {ChangedCount} changed", names.Count,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, changed);
        return changed;
    }

    public void Dispose() => _oneAtATime.Dispose();

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
