using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Web.Site.Types;

/// <summary>
/// The published items an item's pickers link to (a procedure's legal documents), read in one query so its page can
/// show them as links; a draft, deleted or unroutable item is left out rather than shown by its id.
/// </summary>
public static class LinkedItems
{
    public static async Task<IReadOnlyDictionary<string, LinkedItem>> ForAsync(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions,
        ContentQueries queries, string basePath, CancellationToken cancellationToken)
    {
        var ids = definitions.FieldsOf(type)
            .Where(f => f.Kind is ContentPickerField)
            .SelectMany(f => ContentPickerField.Read(item.Part(f.Part), f.Field.Name))
            .ToHashSet(StringComparer.Ordinal);
        var linked = await queries.PublishedByIdsAsync(ids, cancellationToken);
        return linked.Where(i => i.RoutePath is { Length: > 0 })
            .ToDictionary(i => i.ContentItemId, i => new LinkedItem(i.DisplayText, $"{basePath}/{i.RoutePath}"), StringComparer.Ordinal);
    }
}
