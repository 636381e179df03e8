using System.Globalization;
using System.Text.Json.Nodes;

namespace GiaVien.Cms.Schedule;

/// <summary>The stored form of a week's lines: <c>[{"Id","Date":"2026-12-07","Time":"07:30","Content",…}]</c>.</summary>
public static class ScheduleJson
{
    public const string EntriesKey = "Entries";

    public static JsonArray Write(IEnumerable<ScheduleEntry> entries) => [.. entries.InOrder().Select(e => (JsonNode)new JsonObject
    {
        ["Id"] = e.Id,
        ["Date"] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Time"] = e.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["Content"] = e.Content,
        ["Host"] = e.Host,
        ["Location"] = e.Location,
        ["Participants"] = e.Participants,
        ["PreparedBy"] = e.PreparedBy,
        ["AdjustedUtc"] = e.AdjustedUtc is { } adjusted ? JsonValue.Create(DateTime.SpecifyKind(adjusted, DateTimeKind.Utc)) : null,
    })];

    /// <summary>False when the value is not an array of well-formed lines (a stored item edited by hand, a bad import).</summary>
    public static bool TryRead(JsonNode? value, out IReadOnlyList<ScheduleEntry> entries)
    {
        entries = [];
        if (value is not JsonArray array)
        {
            return false;
        }

        var read = new List<ScheduleEntry>(array.Count);
        foreach (var node in array)
        {
            if (ReadOne(node as JsonObject) is not { } entry)
            {
                return false;
            }

            read.Add(entry);
        }

        entries = read;
        return true;
    }

    private static ScheduleEntry? ReadOne(JsonObject? line)
    {
        if (line is null || Text(line, "Id") is not { Length: > 0 } id || Text(line, "Content") is not { Length: > 0 } content ||
            !DateOnly.TryParseExact(Text(line, "Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        TimeOnly? time = null;
        if (Text(line, "Time") is { Length: > 0 } timeText)
        {
            if (!TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return null;
            }

            time = parsed;
        }

        return new ScheduleEntry
        {
            Id = id,
            Date = date,
            Time = time,
            Content = content,
            Host = Text(line, "Host") ?? "",
            Location = Text(line, "Location") ?? "",
            Participants = Text(line, "Participants") ?? "",
            PreparedBy = Text(line, "PreparedBy") ?? "",
            AdjustedUtc = line["AdjustedUtc"] is JsonValue adjusted && adjusted.TryGetValue<DateTime>(out var utc)
                ? DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc)
                : null,
        };
    }

    private static string? Text(JsonObject line, string key) =>
        line[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
