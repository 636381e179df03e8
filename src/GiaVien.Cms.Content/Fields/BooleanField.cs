using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Fields;

/// <summary>Yes or no: <c>{"Value":true}</c>, a checkbox in the editor.</summary>
public sealed class BooleanField : ContentFieldKind
{
    public override string Name => "Boolean";

    public override string DisplayName => "Có / không";

    public override string ValueKey => "Value";

    public override EditorInput Editor => EditorInput.Checkbox;

    protected override string? ShapeError(JsonNode value) =>
        value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "phải là true hoặc false";

    public override string ToEditorText(JsonObject fieldValue) => FieldJson.True(fieldValue[ValueKey]) ? "true" : "";

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        return Create(posted.Values.Contains("true"));
    }

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) => FieldJson.True(fieldValue[ValueKey]);

    public override string? FilterValue(JsonObject fieldValue) => FieldJson.True(fieldValue[ValueKey]) ? "true" : "false";

    public static bool Read(JsonObject? part, string field) => FieldJson.True(part?[field]?["Value"]);

    public static JsonObject Create(bool value) => new() { ["Value"] = value };
}
