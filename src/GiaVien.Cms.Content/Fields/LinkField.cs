using System.Text.Json.Nodes;

namespace GiaVien.Cms.Content.Fields;

/// <summary>An address: <c>{"Url":"https://…"}</c>.</summary>
public sealed class LinkField : ContentFieldKind
{
    public override string Name => "Link";

    public override string DisplayName => "Liên kết";

    public override string ValueKey => "Url";

    protected override string? ShapeError(JsonNode value) => FieldJson.IsString(value) ? null : "phải là một chuỗi ký tự";
}
