using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>One value out of the definition's Options (a document kind, a status): <c>{"Text":"Quyết định"}</c>.</summary>
public sealed class ChoiceField : StringField
{
    public override string Name => "Choice";

    public override string DisplayName => "Chọn một trong danh sách";

    public override string ValueKey => "Text";

    public override EditorInput Editor => EditorInput.Choices;

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references) =>
        FieldJson.Text(fieldValue[ValueKey]) is { } value && !field.Options.Contains(value)
            ? [$"Trường \"{label}\" chỉ nhận một trong các giá trị: {string.Join(", ", field.Options)}."]
            : [];

    public override string? FilterValue(JsonObject fieldValue) => FieldJson.Text(fieldValue[ValueKey]);
}
