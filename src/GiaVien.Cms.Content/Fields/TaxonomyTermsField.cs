using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>
/// Terms of a taxonomy (categories): <c>{"TaxonomyContentItemId":"chuyen-muc","TermContentItemIds":[…]}</c>;
/// the definition's Taxonomy names the taxonomy when the value does not.
/// </summary>
public sealed class TaxonomyTermsField : StringListField
{
    public override string Name => "TaxonomyTerms";

    public override string DisplayName => "Chuyên mục (danh mục)";

    public override string ValueKey => "TermContentItemIds";

    public override EditorInput Editor => EditorInput.TermChoices;

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references)
    {
        var taxonomy = Taxonomy(field, fieldValue);
        return TermIds(fieldValue).Where(t => !references.TermExists(taxonomy, t))
            .Select(t => $"Trường \"{label}\" tham chiếu chuyên mục \"{t}\" không tồn tại trong danh mục \"{taxonomy}\".");
    }

    public override void DropMissingReferences(ContentFieldDefinition field, JsonObject fieldValue, IContentReferences references)
    {
        var taxonomy = Taxonomy(field, fieldValue);
        fieldValue[ValueKey] = FieldJson.Array(TermIds(fieldValue).Where(t => references.TermExists(taxonomy, t)).ToList());
    }

    public override IEnumerable<string> TermIds(JsonObject fieldValue) => FieldJson.Texts(fieldValue[ValueKey]);

    public override string ToEditorText(JsonObject fieldValue) => "";

    public override IReadOnlyList<string> ToEditorValues(JsonObject fieldValue) => FieldJson.Texts(fieldValue[ValueKey]);

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        return Create(field.Taxonomy, posted.Values);
    }

    public static IReadOnlyList<string> Read(JsonObject? part, string field) => FieldJson.Texts(part?[field]?["TermContentItemIds"]);

    public static JsonObject Create(string? taxonomy, IEnumerable<string> termIds) => new()
    {
        ["TaxonomyContentItemId"] = taxonomy,
        ["TermContentItemIds"] = FieldJson.Array(termIds),
    };

    private static string Taxonomy(ContentFieldDefinition field, JsonObject fieldValue) =>
        FieldJson.Text(fieldValue["TaxonomyContentItemId"]) ?? field.Taxonomy ?? "";
}
