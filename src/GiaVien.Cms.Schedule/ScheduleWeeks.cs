using System.Globalization;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Schedule;

/// <summary>
/// Finds a week's content item. The item's title is derived from its week (<see cref="TitleOf"/>) and set by the
/// editor, so a week is one indexed lookup by title instead of a scan of every week's JSON.
/// </summary>
public sealed class ScheduleWeeks(TenantDb tenantDb)
{
    private CmsDbContext Db => tenantDb.Context;

    public static string TitleOf(IsoWeek week) => string.Create(CultureInfo.InvariantCulture,
        $"Lịch công tác tuần {week.Week:D2}/{week.Year} ({week.Monday:dd/MM} – {week.Monday.AddDays(6):dd/MM/yyyy})");

    /// <summary>Whether the tenant has switched "Lịch công tác" on (its pages answer 404 otherwise).</summary>
    public Task<bool> EnabledAsync(CancellationToken cancellationToken) =>
        Db.Features.AsNoTracking().AnyAsync(f => f.FeatureId == ScheduleFeature.Id && f.Enabled, cancellationToken);

    public async Task<ContentItem?> PublishedAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var title = TitleOf(week);
        var record = await Db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ScheduleFeature.ContentType && i.Published && i.DeletedUtc == null && i.DisplayText == title)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ContentItemMapper.ToItem(record);
    }

    /// <summary>The published lines of <paramref name="week"/>, in reading order (none when the week is not published).</summary>
    public async Task<IReadOnlyList<ScheduleEntry>> PublishedEntriesAsync(IsoWeek week, CancellationToken cancellationToken) =>
        await PublishedAsync(week, cancellationToken) is { } item ? [.. EntriesOf(item).InOrder()] : [];

    public static IReadOnlyList<ScheduleEntry> EntriesOf(ContentItem item) =>
        ScheduleJson.TryRead(item.Part(ScheduleFeature.Part)?[ScheduleFeature.EntriesField]?[ScheduleJson.EntriesKey], out var entries) ? entries : [];
}
