using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>
/// Other content items of the same tenant: <c>{"ContentItemIds":[…]}</c>. With <see cref="ContentFieldDefinition.PickerTypes"/>
/// the editor picks them from a list of those types' items and an item of another type is refused; without, ids are
/// typed separated by commas.
/// </summary>
public sealed class ContentPickerField : StringListField
{
    public override string Name => "ContentPicker";

    public override string DisplayName => "Chọn nội dung khác";

    public override string ValueKey => "ContentItemIds";

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references)
    {
        foreach (var id in FieldJson.Texts(fieldValue[ValueKey]))
        {
            if (!references.ItemExists(id))
            {
                yield return $"Trường \"{label}\" tham chiếu nội dung \"{id}\" không tồn tại.";
            }
            else if (field.PickerTypes.Count > 0 && references.TypeOf(id) is { } type && !field.PickerTypes.Contains(type))
            {
                yield return $"Trường \"{label}\" không chọn được nội dung \"{id}\": nội dung này không thuộc loại được phép ({string.Join(", ", field.PickerTypes)}).";
            }
        }
    }

    public override void DropMissingReferences(ContentFieldDefinition field, JsonObject fieldValue, IContentReferences references) =>
        fieldValue[ValueKey] = FieldJson.Array(FieldJson.Texts(fieldValue[ValueKey]).Where(references.ItemExists).ToList());

    public override string ToEditorText(JsonObject fieldValue) => string.Join(", ", FieldJson.Texts(fieldValue[ValueKey]));

    public override IReadOnlyList<string> ToEditorValues(JsonObject fieldValue) => FieldJson.Texts(fieldValue[ValueKey]);

    // A list posts one value per chosen item, which the form joins with commas: both inputs read the same way.
    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        return new JsonObject { [ValueKey] = FieldJson.Array(posted.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList()) };
    }

    /// <summary>The linked items a page may show (published ones, as the page found them), in the editor's order.</summary>
    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        FieldJson.Texts(fieldValue[ValueKey]).Select(id => context.Linked.GetValueOrDefault(id)).OfType<LinkedItem>().ToList();

    /// <summary>The ids <paramref name="part"/>'s field <paramref name="field"/> links to.</summary>
    public static IReadOnlyList<string> Read(JsonObject? part, string field) => FieldJson.Texts(part?[field]?["ContentItemIds"]);
}
