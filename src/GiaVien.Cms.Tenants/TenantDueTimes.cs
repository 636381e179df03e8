using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Keeps the <see cref="TenantWorkSchedule"/>'s due times in the host database, so that after a restart, or when
/// another node takes over the shared work, a tenant whose work is not due is not opened to find out.
/// </summary>
/// <remarks>
/// Why a stored due time can be trusted. It is the earliest of what the tenant's tasks reported and of
/// <see cref="TenantsOptions.ScheduleRecheck"/> after the run (spread, <see cref="RecheckSpread"/>), so a change nobody reported (a restored backup, a script)
/// is noticed as late as it would have been without a restart, and no later. A change made through any node is
/// reported (<see cref="Data.Changes.ScheduledWorkChanges"/>, <see cref="TenantRegistry.Changed"/>): every node that
/// hears it removes the stored due time, the node where it was made first of all, so the node that runs the shared
/// work next, even one started after the change, finds the tenant due. A due time is stored with the tenant record's
/// version and ignored once the record changed, and goes with the record when the tenant is removed. What is left is
/// the moment between a change's commit and the removal reaching the host database: a node that stops in it leaves the
/// change to be noticed by the recheck.
/// </remarks>
public sealed class TenantDueTimes(
    TenantDatabase database,
    TenantRegistry registry,
    TenantWorkSchedule schedule,
    IOptions<TenantsOptions> options,
    TimeProvider clock,
    ILogger<TenantDueTimes> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // What this node knows the host database holds, so an unchanged due time is not written again.
    private readonly Dictionary<string, TenantWorkSchedule.Entry> _stored = new(StringComparer.Ordinal);

    /// <summary>
    /// Fills the schedule with the stored due times of tenants whose record did not change since (each no later than
    /// the recheck from now); the others are due. Without the host database every tenant is due.
    /// </summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Removals not written yet go first, so the rows read below are not older than this node's own changes.
            await WriteUnsavedAsync(cancellationToken);
            List<TenantDueTime> rows;
            await using (var db = new HostDbContext(database.HostOptions()))
            {
                rows = await db.DueTimes.AsNoTracking().ToListAsync(cancellationToken);
            }

            var now = clock.GetUtcNow();
            var map = registry.Map;
            var current = rows
                .Where(r => map.Find(r.TenantName)?.Version == r.RecordVersion)
                .Select(r => (r.TenantName, new TenantWorkSchedule.Entry(Min(AsUtc(r.NextDueUtc), now + RecheckSpread.After(r.TenantName, options.Value.ScheduleRecheck)),
                    r.RecordVersion, Durable: true)))
                .ToList();
            _stored.Clear();
            foreach (var row in rows)
            {
                _stored[row.TenantName] = new TenantWorkSchedule.Entry(AsUtc(row.NextDueUtc), row.RecordVersion, Durable: true);
            }

            schedule.Restore(current);
            logger.LogInformation("Restored the due times of {Restored} of {Stored} stored tenants", current.Count, rows.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The stored due times could not be read; every tenant is due");
            schedule.Restore([]);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes the due times that changed since the last save, in one batch; what fails is tried again next time.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await WriteUnsavedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteUnsavedAsync(CancellationToken cancellationToken)
    {
        var unsaved = schedule.TakeUnsaved();
        if (unsaved.Count == 0)
        {
            return;
        }

        try
        {
            await WriteAsync(unsaved, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A tenant removed meanwhile, or the host database briefly unavailable: the next save tries again.
            logger.LogWarning(e, "The due times of {TenantCount} tenants could not be stored; trying again later", unsaved.Count);
            schedule.ReturnUnsaved(unsaved.Select(u => u.TenantName));
        }
    }

    private async Task WriteAsync(List<(string TenantName, TenantWorkSchedule.Entry? Store)> unsaved, CancellationToken cancellationToken)
    {
        // A removal is always written: another node may have stored the due time this node does not know of.
        var removed = unsaved.Where(u => u.Store is null).Select(u => u.TenantName).ToList();
        var changed = unsaved
            .Where(u => u.Store is { } entry && !(_stored.TryGetValue(u.TenantName, out var known) && known == entry))
            .ToDictionary(u => u.TenantName, u => u.Store!.Value, StringComparer.Ordinal);
        if (removed.Count == 0 && changed.Count == 0)
        {
            return;
        }

        await using var db = new HostDbContext(database.HostOptions());
        if (removed.Count > 0)
        {
            await db.DueTimes.Where(d => removed.Contains(d.TenantName)).ExecuteDeleteAsync(cancellationToken);
            removed.ForEach(name => _stored.Remove(name));
        }

        if (changed.Count > 0)
        {
            var names = changed.Keys.ToList();
            var rows = await db.DueTimes.Where(d => names.Contains(d.TenantName)).ToDictionaryAsync(d => d.TenantName, StringComparer.Ordinal, cancellationToken);
            foreach (var (name, entry) in changed)
            {
                if (!rows.TryGetValue(name, out var row))
                {
                    row = new TenantDueTime { TenantName = name };
                    db.DueTimes.Add(row);
                }

                row.NextDueUtc = entry.Due.UtcDateTime;
                row.RecordVersion = entry.RecordVersion;
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (name, entry) in changed)
            {
                _stored[name] = entry;
            }
        }
    }

    public void Dispose() => _gate.Dispose();

    private static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
