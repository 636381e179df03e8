using System.Text.Json.Nodes;

namespace GiaVien.Cms.Content.Fields;

/// <summary>A kind whose main value is one string (text, HTML, an address, a choice).</summary>
public abstract class StringField : ContentFieldKind
{
    protected override string? ShapeError(JsonNode value) => FieldJson.IsString(value) ? null : "phải là một chuỗi ký tự";
}
