using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Schedule;

/// <summary>
/// What the week editor does: open a week (its latest version, draft or published), save it (marking "Điều chỉnh"
/// against what is public), publish it, and start it from the previous week. Saving goes through the content manager,
/// so versions, audit, validation and cache eviction on publish are those of every content item.
/// </summary>
public sealed class ScheduleWeekEditor(
    CmsDbContext db,
    ContentManager manager,
    ContentPublisher publisher,
    ContentDefinitionStore definitions,
    StoredContentReferences references,
    TimeProvider clock)
{
    /// <summary>The lines an editor sees for <paramref name="week"/>: its latest version's, none for a new week.</summary>
    public async Task<IReadOnlyList<ScheduleEntry>> OpenAsync(IsoWeek week, CancellationToken cancellationToken) =>
        await LatestAsync(week, cancellationToken) is { } record ? [.. ScheduleWeeks.EntriesOf(ContentItemMapper.ToItem(record)).InOrder()] : [];

    /// <summary>Where the week stands for the editor: its owner (for the permission check), and whether and when it is public.</summary>
    public async Task<ScheduleWeekState> StateAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        if (await LatestAsync(week, cancellationToken) is not { } latest)
        {
            return new ScheduleWeekState(false, null, null, false);
        }

        var publishedUtc = latest.Published
            ? latest.PublishedUtc
            : await db.ContentItems.AsNoTracking().Where(i => i.ContentItemId == latest.ContentItemId && i.Published)
                .Select(i => i.PublishedUtc).FirstOrDefaultAsync(cancellationToken);
        return new ScheduleWeekState(true, latest.Owner, publishedUtc, !latest.Published);
    }

    /// <summary>"Sao chép tuần trước": the previous week's latest lines, moved to <paramref name="week"/> (not saved yet).</summary>
    public async Task<IReadOnlyList<ScheduleEntry>> CopyPreviousAsync(IsoWeek week, CancellationToken cancellationToken) =>
        ScheduleEdits.CopyToWeek(await OpenAsync(week.Previous, cancellationToken), week);

    /// <summary>Saves the week's lines as a new version and, when asked, publishes it; lines outside the week are refused.</summary>
    public async Task SaveAsync(IsoWeek week, IReadOnlyList<ScheduleEntry> entries, bool publish, string userName, CancellationToken cancellationToken)
    {
        if (entries.FirstOrDefault(e => !week.Contains(e.Date)) is { } outside)
        {
            throw new ContentValidationException([new ContentError(ScheduleFeature.EntriesField,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Ngày {outside.Date:dd/MM/yyyy} không thuộc tuần {week}."))]);
        }

        var latest = await LatestAsync(week, cancellationToken);
        var published = latest is null ? null : await PublishedEntriesAsync(latest.ContentItemId, cancellationToken);
        var marked = ScheduleEdits.MarkAdjustments(published, entries, clock.GetUtcNow().UtcDateTime);
        var item = new ContentItem
        {
            ContentItemId = latest?.ContentItemId ?? ContentManager.NewId(),
            ContentType = ScheduleFeature.ContentType,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = ScheduleWeeks.TitleOf(week) },
                [ScheduleFeature.Part] = new JsonObject
                {
                    [ScheduleFeature.WeekField] = new JsonObject { ["Text"] = week.ToString() },
                    [ScheduleFeature.EntriesField] = new JsonObject { [ScheduleJson.EntriesKey] = ScheduleJson.Write(marked) },
                },
            },
        };
        var types = await definitions.LoadAsync(cancellationToken);
        var saved = latest is null
            ? await manager.CreateAsync(item, types, references, userName, cancellationToken)
            : await manager.SaveDraftAsync(item, latest.Number, types, references, userName, cancellationToken);
        if (publish)
        {
            await publisher.PublishAsync(saved.ContentItemId, userName, cancellationToken);
        }
    }

    private Task<Data.Content.ContentItemRecord?> LatestAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var title = ScheduleWeeks.TitleOf(week);
        return db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ScheduleFeature.ContentType && i.Latest && i.DeletedUtc == null && i.DisplayText == title)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ScheduleEntry>?> PublishedEntriesAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);
        return record is null ? null : ScheduleWeeks.EntriesOf(ContentItemMapper.ToItem(record));
    }
}

/// <param name="Exists">Whether the week was ever saved.</param>
/// <param name="PublishedUtc">When its public version was published (null when nothing of it is public).</param>
/// <param name="HasDraft">Whether the latest saved version is not the public one (a draft, or changes not yet published).</param>
public sealed record ScheduleWeekState(bool Exists, string? Owner, DateTime? PublishedUtc, bool HasDraft);
