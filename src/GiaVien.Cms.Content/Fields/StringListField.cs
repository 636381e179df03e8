using System.Text.Json.Nodes;

namespace GiaVien.Cms.Content.Fields;

/// <summary>A kind whose main value is a list of strings (paths, ids).</summary>
public abstract class StringListField : ContentFieldKind
{
    protected override string? ShapeError(JsonNode value) =>
        value is JsonArray array && array.All(FieldJson.IsString) ? null : "phải là một danh sách chuỗi ký tự";

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) => FieldJson.Texts(fieldValue[ValueKey]);

    public override string? FilterValue(JsonObject fieldValue) => null;
}
