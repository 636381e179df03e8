using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.District;

/// <summary>
/// The rows of the shared-news read model in the host database: each tenant's rows are replaced together in one
/// transaction, so a crash leaves either its old rows or its new ones, and the district reads all tenants in one query.
/// </summary>
public sealed class SharedSummaryStore(TenantDatabase database)
{
    private long _writes;

    /// <summary>How many times this node changed the rows: what is kept from them in memory is read again once it moved.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>The newest rows of every tenant but <paramref name="excluded"/>, newest first.</summary>
    public async Task<List<SharedSummaryRecord>> NewestAsync(int count, IReadOnlyCollection<string> excluded, CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        var rows = db.SharedSummaries.AsNoTracking();
        if (excluded.Count > 0)
        {
            rows = rows.Where(s => !excluded.Contains(s.TenantName));
        }

        return await rows.OrderByDescending(s => s.SortUtc).ThenByDescending(s => s.PublishedUtc).ThenBy(s => s.TenantName).ThenBy(s => s.ContentItemId)
            .Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>The tenants that have rows, to find those that should no longer have any.</summary>
    public async Task<List<string>> TenantsAsync(CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        return await db.SharedSummaries.Select(s => s.TenantName).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the tenant's rows with <paramref name="rows"/>; false when they were already those. With
    /// <paramref name="readAtVersion"/> (the rows were read from the member's database, its record at that version) the
    /// tenant is marked checked in the same transaction, so a crash leaves rows and mark together or neither.
    /// </summary>
    public async Task<bool> ReplaceAsync(string tenantName, IReadOnlyList<SharedSummaryRecord> rows, int? readAtVersion, CancellationToken cancellationToken)
    {
        // Two nodes replacing one tenant's rows at once can collide on a key: the second one reads again and retries.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryReplaceAsync(tenantName, rows, readAtVersion, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>The record version each tenant's rows were last read at, for the tenants marked checked.</summary>
    public async Task<Dictionary<string, int>> CheckedAsync(CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        return await db.SharedNewsChecks.AsNoTracking().ToDictionaryAsync(c => c.TenantName, c => c.RecordVersion, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// Removes the tenants' checked marks: a change to them was heard, so until their rows are read again a start
    /// must read them (the node may stop before it does).
    /// </summary>
    public async Task ForgetCheckedAsync(IReadOnlyCollection<string> tenantNames, CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        await db.SharedNewsChecks.Where(c => tenantNames.Contains(c.TenantName)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Empties the read model, its checked marks with it, so the next check reads every member again.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SharedNewsChecks.ExecuteDeleteAsync(cancellationToken);
        await db.SharedSummaries.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _writes);
    }

    private async Task<bool> TryReplaceAsync(string tenantName, IReadOnlyList<SharedSummaryRecord> rows, int? readAtVersion, CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        var current = await db.SharedSummaries.AsNoTracking().Where(s => s.TenantName == tenantName).ToListAsync(cancellationToken);
        var check = readAtVersion is null ? null : await db.SharedNewsChecks.FirstOrDefaultAsync(c => c.TenantName == tenantName, cancellationToken);
        var same = Same(current, rows);
        if (same && check?.RecordVersion == readAtVersion)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!same)
        {
            await db.SharedSummaries.Where(s => s.TenantName == tenantName).ExecuteDeleteAsync(cancellationToken);
            db.SharedSummaries.AddRange(rows);
        }

        if (readAtVersion is { } version)
        {
            if (check is null)
            {
                db.SharedNewsChecks.Add(new SharedNewsCheck { TenantName = tenantName, RecordVersion = version });
            }
            else
            {
                check.RecordVersion = version;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (same)
        {
            return false;
        }

        Interlocked.Increment(ref _writes);
        return true;
    }

    private static bool Same(List<SharedSummaryRecord> current, IReadOnlyList<SharedSummaryRecord> rows) =>
        current.Count == rows.Count && current.Select(Shown).ToHashSet().SetEquals(rows.Select(Shown));

    // Everything a row shows, as a comparable value (DateTime equality ignores the kind the database read back).
    private static object Shown(SharedSummaryRecord r) =>
        (r.ContentItemId, r.ContentType, r.Title, r.Path, r.Lead, r.ImagePath, r.ImageAlt, r.SourceName, (r.PublishedUtc, r.ModifiedUtc, r.DisplayDateUtc, r.SortUtc));
}
