using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Content.Fields;

/// <summary>
/// The one set of rules for reading field values out of JSON: a text is present when it is a non-blank string,
/// a date when it parses as ISO 8601 (UTC unless it says otherwise; a day alone starts at midnight in Việt Nam), a list keeps its non-blank strings.
/// </summary>
public static class FieldJson
{
    public const string DayFormat = "yyyy-MM-dd";

    public static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    public static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        _ => false,
    };

    /// <summary>The string, or null when absent, not a string or blank.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        node is JsonArray array ? array.Select(Text).OfType<string>().ToList() : [];

    public static DateTime? Date(JsonNode? node) => ParseDate(Text(node));

    /// <summary>
    /// A stored date as a UTC instant: an ISO 8601 instant, or a day alone (<see cref="DayFormat"/>, what an editor
    /// stores when leaving the time out), which starts at midnight in Việt Nam. Null when absent or unreadable.
    /// </summary>
    public static DateTime? ParseDate(string? text) =>
        IsDay(text) ? VietnameseDates.StartOfDayUtc(DateOnly.ParseExact(text!, DayFormat, CultureInfo.InvariantCulture))
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.UtcDateTime
        : null;

    /// <summary>True for a day without a time ("2023-10-04").</summary>
    public static bool IsDay(string? text) => DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static bool True(JsonNode? node) => node?.GetValueKind() == JsonValueKind.True;

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
