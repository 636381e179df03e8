using System.Globalization;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Content.Fields;

/// <summary>
/// A moment: <c>{"Value":"2023-10-04T02:15:00Z"}</c> in UTC, or the day alone (<c>{"Value":"2023-10-04"}</c>) when
/// the editor left the time out; that day starts at midnight in Việt Nam and is shown without a time. The editor
/// shows a date input and an optional time input of the same name, in Việt Nam time, so the form posts
/// "2023-10-04,09:15" (or "2023-10-04," without a time).
/// </summary>
public sealed class DateTimeField : ContentFieldKind
{
    private const string LocalFormat = "yyyy-MM-dd HH:mm";

    public override string Name => "DateTime";

    public override string DisplayName => "Ngày giờ";

    public override string ValueKey => "Value";

    public override EditorInput Editor => EditorInput.DateTime;

    protected override string? ShapeError(JsonNode value) =>
        FieldJson.IsString(value) && FieldJson.Date(value) is not null ? null
            : "phải là ngày giờ theo định dạng ISO 8601, ví dụ 2023-10-04T09:30:00+07:00, hoặc một ngày, ví dụ 2023-10-04";

    /// <summary>"2023-10-04,09:15" in Việt Nam time, "2023-10-04," for a day alone: the date and the time input.</summary>
    public override string ToEditorText(JsonObject fieldValue) => FieldJson.Text(fieldValue[ValueKey]) switch
    {
        { } day when FieldJson.IsDay(day) => day + ",",
        var text when FieldJson.ParseDate(text) is { } utc => VietnameseDates.ToVietnamTime(utc).ToString("yyyy-MM-dd,HH:mm", CultureInfo.InvariantCulture),
        _ => "",
    };

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) => FieldJson.Text(fieldValue[ValueKey]) switch
    {
        { } day when FieldJson.IsDay(day) => new FieldDate(day, VietnameseDates.DateLine(FieldJson.ParseDate(day)!.Value)),
        var text when FieldJson.ParseDate(text) is { } utc => new FieldDate(utc.ToString("O", CultureInfo.InvariantCulture), VietnameseDates.DateTimeLine(utc)),
        _ => null,
    };

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        if (!TryReadInputs(posted.Text, out var stored))
        {
            error = "Ngày giờ không hợp lệ.";
            return null;
        }

        error = null;
        return new JsonObject { [ValueKey] = stored };
    }

    /// <summary>The moment in UTC (a day alone: its start in Việt Nam), or null when absent or unreadable.</summary>
    public static DateTime? Read(JsonObject? part, string field) => FieldJson.Date(part?[field]?["Value"]);

    /// <summary>False when the field holds a day without a time (also when absent: what is shown instead has one).</summary>
    public static bool HasTime(JsonObject? part, string field) => !FieldJson.IsDay(FieldJson.Text(part?[field]?["Value"]));

    public static JsonObject Create(DateTime utc) => new() { ["Value"] = Utc(utc) };

    public static JsonObject CreateDay(DateOnly day) => new() { ["Value"] = day.ToString(FieldJson.DayFormat, CultureInfo.InvariantCulture) };

    /// <summary>
    /// The stored value of the date and time inputs ("2023-10-04,09:15", "2023-10-04," or "2023-10-04"): a UTC
    /// instant, the day alone, or null when both are empty. False when they cannot be read (a time without a day).
    /// </summary>
    private static bool TryReadInputs(string posted, out string? stored)
    {
        stored = null;
        var parts = posted.Split(',', 2, StringSplitOptions.TrimEntries);
        var (day, time) = (parts[0], parts.Length > 1 ? parts[1] : "");
        if (day.Length == 0)
        {
            return time.Length == 0;
        }

        if (time.Length == 0)
        {
            stored = FieldJson.IsDay(day) ? day : null;
            return stored is not null;
        }

        if (!DateTime.TryParseExact($"{day} {time}", LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        stored = Utc(TimeZoneInfo.ConvertTimeToUtc(local, VietnameseDates.VietnamTimeZone));
        return true;
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
