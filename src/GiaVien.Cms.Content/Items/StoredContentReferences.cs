using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;

namespace GiaVien.Cms.Content.Items;

/// <summary>References checked against the tenant's database (including rows saved earlier in the same transaction).</summary>
public sealed class StoredContentReferences(CmsDbContext db) : IContentReferences
{
    public bool ItemExists(string contentItemId) => db.ContentItems.Any(i => i.ContentItemId == contentItemId);

    public bool MediaFileExists(string path) => db.MediaFiles.Any(f => f.Path == path);

    public string? TypeOf(string contentItemId) =>
        db.ContentItems.Where(i => i.ContentItemId == contentItemId).Select(i => i.ContentType).FirstOrDefault();

    public bool TermExists(string taxonomyContentItemId, string termContentItemId)
    {
        var data = db.ContentItems.Where(i => i.ContentItemId == taxonomyContentItemId && i.Latest).Select(i => i.Data).FirstOrDefault();
        var terms = data is null ? null : JsonNode.Parse(data)?[BuiltInParts.Taxonomy]?["Terms"] as JsonArray;
        return terms?.Any(t => t?["ContentItemId"]?.GetValue<string>() == termContentItemId) == true;
    }
}
