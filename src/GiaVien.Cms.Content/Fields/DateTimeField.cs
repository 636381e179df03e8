using System.Globalization;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Content.Fields;

/// <summary>A moment: <c>{"Value":"2023-10-04T02:15:00Z"}</c> in UTC, typed in the editor in Việt Nam time.</summary>
public sealed class DateTimeField : ContentFieldKind
{
    private const string EditorFormat = "yyyy-MM-ddTHH:mm";

    public override string Name => "DateTime";

    public override string DisplayName => "Ngày giờ";

    public override string ValueKey => "Value";

    public override EditorInput Editor => EditorInput.DateTime;

    protected override string? ShapeError(JsonNode value) =>
        FieldJson.IsString(value) && FieldJson.Date(value) is not null ? null : "phải là ngày giờ theo định dạng ISO 8601, ví dụ 2023-10-04T09:30:00+07:00";

    public override string ToEditorText(JsonObject fieldValue) =>
        FieldJson.Date(fieldValue[ValueKey]) is { } utc ? VietnameseDates.ToVietnamTime(utc).ToString(EditorFormat, CultureInfo.InvariantCulture) : "";

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        FieldJson.Date(fieldValue[ValueKey]) is { } utc ? new FieldDate(utc.ToString("O", CultureInfo.InvariantCulture), VietnameseDates.DateTimeLine(utc)) : null;

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error) =>
        FromTypedText(posted, text => DateTime.TryParseExact(text, EditorFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Utc(TimeZoneInfo.ConvertTimeToUtc(local, VietnameseDates.VietnamTimeZone)) : null, "Ngày giờ không hợp lệ.", out error);

    /// <summary>The moment in UTC, or null when absent or unreadable.</summary>
    public static DateTime? Read(JsonObject? part, string field) => FieldJson.Date(part?[field]?["Value"]);

    public static JsonObject Create(DateTime utc) => new() { ["Value"] = Utc(utc) };

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
