namespace GiaVien.Cms.Schedule;

/// <summary>What saving and copying a week do to its lines.</summary>
public static class ScheduleEdits
{
    /// <summary>
    /// The lines of a week being saved after it was published: a line that is new or reads differently from its
    /// published version is marked adjusted at <paramref name="nowUtc"/>; one that is unchanged keeps the mark it had.
    /// Before the first publication nothing is marked (the week was never public, so nothing was "adjusted").
    /// </summary>
    public static IReadOnlyList<ScheduleEntry> MarkAdjustments(IReadOnlyList<ScheduleEntry>? published, IEnumerable<ScheduleEntry> edited, DateTime nowUtc)
    {
        if (published is null)
        {
            return [.. edited.Select(e => e with { AdjustedUtc = null })];
        }

        var before = published.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. edited.Select(e => before.TryGetValue(e.Id, out var old) && old.SameAs(e)
            ? e with { AdjustedUtc = old.AdjustedUtc }
            : e with { AdjustedUtc = nowUtc })];
    }

    /// <summary>"Sao chép tuần trước": the previous week's lines moved to the same weekday of <paramref name="target"/>, as new unmarked lines.</summary>
    public static IReadOnlyList<ScheduleEntry> CopyToWeek(IEnumerable<ScheduleEntry> previousWeek, IsoWeek target) =>
        [.. previousWeek.Select(e => e with
        {
            Id = ScheduleEntry.NewId(),
            Date = target.Monday.AddDays(e.Date.DayNumber - IsoWeek.Of(e.Date).Monday.DayNumber),
            AdjustedUtc = null,
        })];

    /// <summary>The order the page, the feed and the editor show: by day, all-day lines first, then by time.</summary>
    public static IEnumerable<ScheduleEntry> InOrder(this IEnumerable<ScheduleEntry> entries) =>
        entries.OrderBy(e => e.Date).ThenBy(e => e.Time.HasValue).ThenBy(e => e.Time);
}
