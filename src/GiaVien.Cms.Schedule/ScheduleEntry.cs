namespace GiaVien.Cms.Schedule;

/// <summary>
/// One line of the week: what happens on a day (at a time, or all day), who chairs it, where, who attends and which
/// unit prepares it. <see cref="Id"/> never changes once the line exists, so the feed's UID stays the same across edits;
/// <see cref="AdjustedUtc"/> is set when the line changed after its week was published ("Điều chỉnh").
/// </summary>
public sealed record ScheduleEntry
{
    public required string Id { get; init; }
    public required DateOnly Date { get; init; }
    public TimeOnly? Time { get; init; }
    public required string Content { get; init; }
    public string Host { get; init; } = "";
    public string Location { get; init; } = "";
    public string Participants { get; init; } = "";
    public string PreparedBy { get; init; } = "";
    public DateTime? AdjustedUtc { get; init; }

    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Whether what a reader sees of the line differs (the adjustment mark and the id aside).</summary>
    public bool SameAs(ScheduleEntry other) =>
        Date == other.Date && Time == other.Time && Content == other.Content && Host == other.Host &&
        Location == other.Location && Participants == other.Participants && PreparedBy == other.PreparedBy;
}
