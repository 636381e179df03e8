using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Data.Visits;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Adds the tally's counts to each tenant's <c>VisitCounts</c>, one transaction per tenant. The write adds to the row
/// (<c>Count = Count + n</c>) rather than replacing it, so every node's counts sum up; a tenant whose write fails gets
/// its counts back into the tally for the next flush. Counts per item are kept <see cref="ItemDaysKept"/> days (the
/// site's, one row a day, for ever), so the table stays small however many items are read.
/// </summary>
public sealed class VisitFlush(VisitTally tally, TenantRegistry registry, ShellHost shells, TimeProvider clock, ILogger<VisitFlush> logger)
{
    /// <summary>Days of counts per item kept: "Đọc nhiều" reads <see cref="VisitStatistics.MostReadDays"/> of them; the rest is room to widen it.</summary>
    public const int ItemDaysKept = 31;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = VisitDay.Of(clock.GetUtcNow());
        foreach (var tenant in tally.Take(today).GroupBy(c => c.Key.Tenant))
        {
            if (registry.Map.Find(tenant.Key) is not { State: TenantState.Running } record)
            {
                // Removed or switched off since: its pages were not served, and there is no database to add to.
                continue;
            }

            try
            {
                await WriteAsync(await shells.GetForBackgroundAsync(record, cancellationToken), tenant.ToList(), today.AddDays(-ItemDaysKept), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Visit counts of tenant {TenantName} could not be written; kept for the next flush", tenant.Key);
                foreach (var (key, views) in tenant)
                {
                    tally.Add(key, views);
                }
            }
            finally
            {
                // The last visitors' counts arrive after the tenant went idle: writing them must not reopen its database for good.
                shells.CloseConnectionsUnlessActive(record);
            }
        }
    }

    private static async Task WriteAsync(ShellContext shell, IReadOnlyList<(VisitKey Key, long Views)> counts, DateOnly itemsBefore, CancellationToken cancellationToken)
    {
        await using var db = shell.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (key, views) in counts)
        {
            // The same statement on SQLite and PostgreSQL: both know ON CONFLICT … DO UPDATE and "excluded".
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "VisitCounts" ("Day", "ContentItemId", "Count") VALUES ({key.Day}, {key.ContentItemId}, {views})
                ON CONFLICT ("Day", "ContentItemId") DO UPDATE SET "Count" = "VisitCounts"."Count" + excluded."Count"
                """, cancellationToken);
        }

        // A range of the key's first column: nothing to read when nothing is that old.
        await db.VisitCounts.Where(v => v.Day < itemsBefore && v.ContentItemId != VisitCount.Site).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
