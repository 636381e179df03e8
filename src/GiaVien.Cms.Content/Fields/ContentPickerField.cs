using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>Other content items: <c>{"ContentItemIds":[…]}</c>, typed in the editor as ids separated by commas.</summary>
public sealed class ContentPickerField : StringListField
{
    public override string Name => "ContentPicker";

    public override string DisplayName => "Chọn nội dung khác";

    public override string ValueKey => "ContentItemIds";

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references) =>
        FieldJson.Texts(fieldValue[ValueKey]).Where(id => !references.ItemExists(id))
            .Select(id => $"Trường \"{label}\" tham chiếu nội dung \"{id}\" không tồn tại.");

    public override void DropMissingReferences(ContentFieldDefinition field, JsonObject fieldValue, IContentReferences references) =>
        fieldValue[ValueKey] = FieldJson.Array(FieldJson.Texts(fieldValue[ValueKey]).Where(references.ItemExists).ToList());

    public override string ToEditorText(JsonObject fieldValue) => string.Join(", ", FieldJson.Texts(fieldValue[ValueKey]));

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        return new JsonObject { [ValueKey] = FieldJson.Array(posted.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) };
    }
}
