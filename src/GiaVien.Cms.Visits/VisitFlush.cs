using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Data.Visits;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Adds the tally's counts to each tenant's <c>VisitCounts</c>, one transaction per tenant: per day, every counted path
/// adds to the site's row and, where the path shows a content item (<see cref="VisitedPages"/>), to that item's row. The write adds to the row
/// (<c>Count = Count + n</c>) rather than replacing it, so every node's counts sum up; a tenant whose write fails gets
/// its counts back into the tally for the next flush. Counts per item are kept <see cref="ItemDaysKept"/> days (the
/// site's, one row a day, for ever), so the table stays small however many items are read.
/// </summary>
public sealed class VisitFlush(VisitTally tally, VisitedPages pages, TenantRegistry registry, ShellHost shells, TimeProvider clock, ILogger<VisitFlush> logger)
{
    /// <summary>Days of counts per item kept: "Đọc nhiều" reads <see cref="VisitStatistics.MostReadDays"/> of them; the rest is room to widen it.</summary>
    public const int ItemDaysKept = 31;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = VisitDay.Of(clock.GetUtcNow());
        foreach (var (tenant, views) in tally.Take())
        {
            if (registry.Map.Find(tenant) is not { State: TenantState.Running } record)
            {
                // Removed or switched off since: its pages were not served, and there is no database to add to.
                continue;
            }

            try
            {
                var shell = await shells.GetForBackgroundAsync(record, cancellationToken);
                await WriteAsync(shell, Rows(tenant, views), today.AddDays(-ItemDaysKept), cancellationToken);
                WrittenVisitsMemo.Forget(shell);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Visit counts of tenant {TenantName} could not be written; kept for the next flush", tenant);
                foreach (var view in views)
                {
                    tally.Add(tenant, view);
                }
            }
            finally
            {
                // The last visitors' counts arrive after the tenant went idle: writing them must not reopen its database for good.
                shells.CloseConnectionsUnlessActive(record);
            }
        }
    }

    /// <summary>The rows to add to: the site's of each day, and each shown item's of each day.</summary>
    private List<(DateOnly Day, string ContentItemId, long Views)> Rows(string tenant, IReadOnlyList<PathViews> views)
    {
        var items = views.Select(v => (v.Day, Item: v.Path.Length == 0 ? null : pages.ItemOf(tenant, v.Path), v.Views)).ToList();
        return [.. items.GroupBy(v => v.Day).Select(day => (day.Key, VisitCount.Site, day.Sum(v => v.Views)))
            .Concat(items.Where(v => v.Item is not null).GroupBy(v => (v.Day, Item: v.Item!)).Select(item => (item.Key.Day, item.Key.Item, item.Sum(v => v.Views))))];
    }

    private static async Task WriteAsync(ShellContext shell, IReadOnlyList<(DateOnly Day, string ContentItemId, long Views)> rows, DateOnly itemsBefore, CancellationToken cancellationToken)
    {
        await using var db = shell.CreateDbContext();
        await VisitCountsWrite.AddAsync(db, rows, itemsBefore, cancellationToken);
    }
}
