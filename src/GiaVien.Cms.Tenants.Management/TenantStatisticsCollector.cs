using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// Counts a tenant's content, measures its storage (its database and its media store; indexes and image renditions are
/// each node's own caches and not counted) and finds its last activity, and stores the figures in the host database
/// for the tenant list. Runs with the tenant's background work when its work changed (content saved, deleted, audited),
/// at most every <see cref="RefreshInterval"/>: a change within that interval is counted when it ends, and a tenant
/// nobody changes is not measured again.
/// </summary>
public sealed class TenantStatisticsCollector(TenantDatabase database, ShellHost shells, MediaStores mediaStores, TimeProvider clock) : ITenantBackgroundTask
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTime> _refreshed = new(StringComparer.Ordinal);

    // Tenants whose change came too soon after their last refresh: measured once the interval is over.
    private readonly ConcurrentDictionary<string, bool> _deferred = new(StringComparer.Ordinal);

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var shell = tenantServices.GetRequiredService<ShellScope>().Shell;
        if (_refreshed.TryGetValue(shell.Name, out var last) && clock.GetUtcNow().UtcDateTime - last < RefreshInterval)
        {
            _deferred[shell.Name] = true;
            return;
        }

        _deferred.TryRemove(shell.Name, out _);
        await RefreshAsync(shell, cancellationToken);
    }

    public Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var name = tenantServices.GetRequiredService<ShellScope>().Shell.Name;
        return Task.FromResult<DateTimeOffset?>(_deferred.ContainsKey(name) && _refreshed.TryGetValue(name, out var last)
            ? new DateTimeOffset(last + RefreshInterval, TimeSpan.Zero)
            : null);
    }

    public Task RefreshAsync(TenantRecord tenant, CancellationToken cancellationToken) =>
        RefreshAsync(shells.CreateUnactivated(tenant), cancellationToken);

    private async Task RefreshAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tenantDb = shell.CreateDbContext();
        // One row per item is its latest version, whatever the versioning scheme around it.
        var count = await tenantDb.ContentItems.CountAsync(i => i.Latest, cancellationToken);
        var lastActivity = await tenantDb.AuditTrail.MaxAsync(a => (DateTime?)a.Utc, cancellationToken);
        var bytes = await mediaStores.For(shell).TotalBytesAsync(cancellationToken) + await DatabaseSizeAsync(tenantDb, shell.Tenant.DatabaseProvider, cancellationToken);

        await using var hostDb = new HostDbContext(database.HostOptions());
        var row = await hostDb.Statistics.FindAsync([shell.Name], cancellationToken);
        if (row is null)
        {
            row = new TenantStatistics { TenantName = shell.Name };
            hostDb.Statistics.Add(row);
        }

        row.ContentCount = count;
        row.StorageBytes = bytes;
        row.LastActivityUtc = lastActivity is null ? null : DateTime.SpecifyKind(lastActivity.Value, DateTimeKind.Utc);
        row.UpdatedUtc = now;
        try
        {
            await hostDb.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The tenant was removed (or another node wrote first): the figures will be taken next time.
            return;
        }

        _refreshed[shell.Name] = now;
    }

    private static Task<long> DatabaseSizeAsync(CmsDbContext db, DatabaseProvider provider, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<long>(provider == DatabaseProvider.PostgreSql
            // The connection's search_path is the tenant's schema.
            ? "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint AS \"Value\" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"
            : "SELECT page_count * page_size AS \"Value\" FROM pragma_page_count(), pragma_page_size()")
            .SingleAsync(cancellationToken);
}
