using System.Globalization;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Fields;

/// <summary>A calendar day without a time (an expiry date, a meeting day): <c>{"Value":"2026-12-31"}</c>.</summary>
public sealed class DateField : ContentFieldKind
{
    private const string Format = "yyyy-MM-dd";

    public override string Name => "Date";

    public override string DisplayName => "Ngày";

    public override string ValueKey => "Value";

    public override EditorInput Editor => EditorInput.Date;

    protected override string? ShapeError(JsonNode value) =>
        Read(value) is not null ? null : "phải là một ngày theo định dạng năm-tháng-ngày, ví dụ 2026-12-31";

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error) =>
        FromTypedText(posted, text => ParseDay(text)?.ToString(Format, CultureInfo.InvariantCulture), "Ngày không hợp lệ.", out error);

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        Read(fieldValue[ValueKey]) is { } day ? new FieldDate(day.ToString(Format, CultureInfo.InvariantCulture), day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)) : null;

    public override string? FilterValue(JsonObject fieldValue) => Read(fieldValue[ValueKey])?.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The day, or null when absent or not a yyyy-MM-dd date.</summary>
    public static DateOnly? Read(JsonNode? value) => FieldJson.Text(value) is { } text ? ParseDay(text) : null;

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>A date as a view sees it: <c>iso</c> (2026-12-31) for machines, <c>text</c> (31/12/2026) for people.</summary>
public sealed record FieldDate(string Iso, string Text);
