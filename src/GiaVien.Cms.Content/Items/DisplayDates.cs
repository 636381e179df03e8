using System.Globalization;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// The date a news item shows and sorts by: the editor's display date when set, else the publication time. A date-time
/// field holds an ISO instant ("2023-10-04T02:15:00Z") or, when the editor left the time out, a day ("2023-10-04"),
/// which starts at midnight in Việt Nam and is shown without a time.
/// </summary>
public static class DisplayDates
{
    public const string DayFormat = "yyyy-MM-dd";

    public static DateTime Of(ContentItem item) => EditorsDate(item) ?? item.PublishedUtc ?? item.CreatedUtc;

    /// <summary>The display date the editor gave, or null.</summary>
    public static DateTime? EditorsDate(ContentItem item) => Parse(Stored(item));

    /// <summary>False when the editor gave a day without a time.</summary>
    public static bool HasTime(ContentItem item) => !IsDay(Stored(item));

    /// <summary>A stored date-time field value as a UTC instant (a day: its start in Việt Nam), or null.</summary>
    public static DateTime? Parse(string? text) =>
        IsDay(text) ? VietnameseDates.StartOfDayUtc(DateOnly.ParseExact(text!, DayFormat, CultureInfo.InvariantCulture))
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.UtcDateTime
        : null;

    public static bool IsDay(string? text) => DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string? Stored(ContentItem item) =>
        item.Field("DistrictNewsPart", "DisplayDate", "Value") is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
