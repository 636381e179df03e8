using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Visits;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Visits;

/// <summary>The footer's figures: views today and since counting began, as written by every node plus what this node holds.</summary>
public sealed record VisitTotals(long Today, long Total);

/// <summary>What the current tenant's counts say: its totals, and the items read most over the last days.</summary>
public sealed class VisitStatistics(TenantDb tenantDb, ShellScope scope, VisitsSwitch visits, VisitTally tally, WrittenVisitsMemo written, TimeProvider clock)
{
    private CmsDbContext Db => tenantDb.Context;

    /// <summary>"Đọc nhiều" looks at this many days, today included: a week keeps the list about current news.</summary>
    public const int MostReadDays = 7;

    /// <summary>Whether the tenant's counter is on: its figures are shown only then.</summary>
    public ValueTask<bool> CountingAsync(CancellationToken cancellationToken) => visits.IsOnAsync(scope.Shell, cancellationToken);

    /// <summary>The tenant's totals, or null while its counter is off (the footer then says nothing). What the nodes wrote comes from <see cref="WrittenVisitsMemo"/>.</summary>
    public async Task<VisitTotals?> TotalsAsync(CancellationToken cancellationToken)
    {
        if (!await CountingAsync(cancellationToken))
        {
            return null;
        }

        var today = VisitDay.Of(clock.GetUtcNow());
        var saved = await written.GetOrReadAsync(scope.Shell, "totals", today, async () =>
        {
            var site = Db.VisitCounts.AsNoTracking().Where(v => v.ContentItemId == VisitCount.Site);
            var total = await site.SumAsync(v => v.Count, cancellationToken);
            var ofToday = await site.Where(v => v.Day == today).Select(v => v.Count).FirstOrDefaultAsync(cancellationToken);
            return new VisitTotals(ofToday, total);
        });
        var pending = tally.Pending(scope.Shell.Name, today);
        return new VisitTotals(saved.Today + pending, saved.Total + pending);
    }

    /// <summary>Ids of the items with the most views in the last <see cref="MostReadDays"/> days, most read first (ties by id, so the order is stable).</summary>
    public async Task<IReadOnlyList<string>> MostReadAsync(int take, CancellationToken cancellationToken)
    {
        var today = VisitDay.Of(clock.GetUtcNow());
        var since = today.AddDays(1 - MostReadDays);
        return await written.GetOrReadAsync<IReadOnlyList<string>>(scope.Shell, "most-read:" + take, today, async () => await Db.VisitCounts.AsNoTracking()
            .Where(v => v.ContentItemId != VisitCount.Site && v.Day >= since)
            .GroupBy(v => v.ContentItemId)
            .Select(g => new { Id = g.Key, Views = g.Sum(v => v.Count) })
            .OrderByDescending(r => r.Views).ThenBy(r => r.Id)
            .Take(take)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken));
    }
}
