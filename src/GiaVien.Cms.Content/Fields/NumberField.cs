using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Fields;

/// <summary>A number: <c>{"Value":1234.5}</c>; the editor accepts a comma or a point as decimal separator.</summary>
public sealed class NumberField : ContentFieldKind
{
    public override string Name => "Number";

    public override string DisplayName => "Số";

    public override string ValueKey => "Value";

    public override EditorInput Editor => EditorInput.Number;

    protected override string? ShapeError(JsonNode value) => value.GetValueKind() == JsonValueKind.Number ? null : "phải là một số";

    public override string ToEditorText(JsonObject fieldValue) => fieldValue[ValueKey]?.ToJsonString() ?? "";

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) => Read(fieldValue);

    public override string? FilterValue(JsonObject fieldValue) => fieldValue[ValueKey]?.ToJsonString();

    /// <summary>
    /// Fixed width and shifted positive, so that text order is number order (9 before 10, -2 before 1.5) for values
    /// below a million billion either side of zero, to ten decimals; values beyond are left unordered.
    /// </summary>
    public override string? SortKey(JsonObject fieldValue) =>
        Read(fieldValue) is { } number && Math.Abs(number) < SortRange
            ? (number + SortRange).ToString("0000000000000000.0000000000", CultureInfo.InvariantCulture)
            : null;

    private const decimal SortRange = 1_000_000_000_000_000m;

    private decimal? Read(JsonObject fieldValue) =>
        fieldValue[ValueKey] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) ? number : null;

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error) =>
        FromTypedText(posted, text => decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
            "Hãy nhập một số, ví dụ 1234,5.", out error);
}
