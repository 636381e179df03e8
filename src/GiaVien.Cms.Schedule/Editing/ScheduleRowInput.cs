using System.Globalization;

namespace GiaVien.Cms.Schedule.Editing;

/// <summary>
/// One row of the week editor as the form posts it: every cell as typed, so a row that fails validation comes back
/// exactly as the editor left it. <see cref="Day"/> is "yyyy-MM-dd", <see cref="Time"/> "HH:mm" or empty (all day).
/// </summary>
public sealed class ScheduleRowInput
{
    public string? Id { get; set; }
    public string? Day { get; set; }
    public string? Time { get; set; }
    public string? Content { get; set; }
    public string? Host { get; set; }
    public string? Location { get; set; }
    public string? Participants { get; set; }
    public string? PreparedBy { get; set; }

    /// <summary>A row the editor added and left blank (the day alone does not count): skipped on save, not an error.</summary>
    public bool IsBlank => new[] { Time, Content, Host, Location, Participants, PreparedBy }.All(string.IsNullOrWhiteSpace);

    public static ScheduleRowInput From(ScheduleEntry entry) => new()
    {
        Id = entry.Id,
        Day = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Time = entry.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Content = entry.Content,
        Host = entry.Host,
        Location = entry.Location,
        Participants = entry.Participants,
        PreparedBy = entry.PreparedBy,
    };

    /// <summary>An empty row on <paramref name="day"/> (the day of the row above, so a day's lines are entered one after another).</summary>
    public static ScheduleRowInput Empty(DateOnly day) => new() { Day = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
}
