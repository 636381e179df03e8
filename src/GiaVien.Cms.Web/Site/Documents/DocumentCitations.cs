using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Documents;

namespace GiaVien.Cms.Web.Site.Documents;

/// <summary>
/// The published items of other types that cite a document through a picker limited to Văn bản (a procedure's legal
/// documents), so the document's page shows the other end of the link. Read among each such type's newest
/// <see cref="Window"/> items, as the type's own list reads them.
/// </summary>
public static class DocumentCitations
{
    public const int Window = 1000;

    public static async Task<IReadOnlyList<DocumentRelationViewModel>> ForAsync(string documentId, ContentDefinitions definitions, ContentQueries queries,
        string basePath, CancellationToken cancellationToken)
    {
        var relations = new List<DocumentRelationViewModel>();
        foreach (var type in definitions.Types.Where(t => t.RoutePrefix is { Length: > 0 }))
        {
            var pickers = definitions.FieldsOf(type).Where(f => f.Kind is ContentPickerField && f.Field.PickerTypes.Contains(VanBanPart.TypeName)).ToList();
            if (pickers.Count == 0)
            {
                continue;
            }

            var citing = (await queries.PublishedAsync(type.Name, 0, Window, cancellationToken))
                .Where(i => pickers.Any(p => ContentPickerField.Read(i.Part(p.Part), p.Field.Name).Contains(documentId)))
                .Select(i => new LinkViewModel(i.DisplayText, $"{basePath}/{i.RoutePath}"))
                .ToList();
            if (citing.Count > 0)
            {
                relations.Add(new DocumentRelationViewModel($"{type.DisplayName} căn cứ văn bản này", citing));
            }
        }

        return relations;
    }
}
