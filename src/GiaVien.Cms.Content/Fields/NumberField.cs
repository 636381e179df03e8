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

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        fieldValue[ValueKey] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<decimal>() : null;

    public override string? FilterValue(JsonObject fieldValue) => fieldValue[ValueKey]?.ToJsonString();

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error) =>
        FromTypedText(posted, text => decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
            "Hãy nhập một số, ví dụ 1234,5.", out error);
}
