using System.Globalization;
using System.Text.Json.Nodes;

namespace GiaVien.Cms.Content.Items;

/// <summary>The date a news item shows and sorts by: the editor's display date when set, else the publication time.</summary>
public static class DisplayDates
{
    public static DateTime Of(ContentItem item) => EditorsDate(item) ?? item.PublishedUtc ?? item.CreatedUtc;

    /// <summary>The display date the editor gave, or null.</summary>
    public static DateTime? EditorsDate(ContentItem item) =>
        item.Field("DistrictNewsPart", "DisplayDate", "Value") is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : null;
}
