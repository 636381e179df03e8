using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using System.Text.Json.Nodes;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// Indexes an item's fields as their definitions say: full text into the body, and the exact uses (filter, keyword,
/// code, facet) from the value the field's kind gives lists (<see cref="ContentFieldKind.FilterValue"/>), and the sort
/// key from <see cref="ContentFieldKind.SortKey"/>.
/// Taxonomy fields give the item its categories. Parts a contributor claimed are left to it.
/// </summary>
public static class FieldIndexing
{
    public static void Contribute(ContentIndexContext context, ContentDefinitions definitions, ContentTypeDefinition type)
    {
        var document = context.Document;
        foreach (var (part, field, kind) in definitions.FieldsOf(type))
        {
            if (context.IsClaimed(part) || context.Item.Part(part)?[field.Name] is not JsonObject value)
            {
                continue;
            }

            foreach (var term in kind.TermIds(value))
            {
                document.AddCategory(term);
            }

            if (field.FullText ?? kind.FullTextByDefault)
            {
                var text = kind.SearchText(value);
                document.AddText(kind.Editor == EditorInput.Html ? HtmlText.ToText(text) : text);
            }

            if (field.Sortable && kind.SortKey(value) is { Length: > 0 } sortKey)
            {
                document.AddSortKey(field.Name, sortKey);
            }

            if (kind.FilterValue(value) is not { Length: > 0 } exact)
            {
                continue;
            }

            if (field.Filterable)
            {
                document.AddFilter(field.Name, exact);
            }

            if (field.Keyword)
            {
                document.AddKeyword(exact);
            }

            if (field.Code)
            {
                document.AddCode(exact);
            }

            if (field.Facet)
            {
                document.AddFacet(field.Name, exact);
            }
        }
    }
}
