using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Tenants;
using Lucene.Net.Documents;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// Builds the search document of any published, routable item: the contributors first (parts with behaviour, other
/// modules), then every field of the parts they left alone, as its definition's settings say (<see cref="FieldIndexing"/>).
/// </summary>
public sealed class ContentDocuments(IEnumerable<IContentIndexContributor> contributors, ContentFieldKinds kinds, VietnameseAnalyzer analyzer)
{
    private readonly IContentIndexContributor[] _contributors = contributors.ToArray();

    /// <summary>Every type and part of the tenant, those of disabled features too: their items stay indexed, searches leave them out.</summary>
    public Task<ContentDefinitions> DefinitionsAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        new ContentDefinitionStore(new TenantDb(db), kinds, []).LoadAllAsync(cancellationToken);

    /// <summary>Whether an item belongs in the search index: published and reachable at a public path.</summary>
    public static bool IsSearchable(ContentItem item) => item.Published && !string.IsNullOrEmpty(item.RoutePath);

    /// <summary>Lets every contributor read what the batch needs from the tenant's database, one after another.</summary>
    public async Task PrepareAsync(ContentIndexBatch batch, CmsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var contributor in _contributors)
        {
            await contributor.PrepareAsync(batch, db, cancellationToken);
        }
    }

    /// <summary>
    /// The document of <paramref name="item"/>; safe to call for several items of a batch at once. It is indexed once:
    /// its analysed texts are kept for the thread's next item when the writer has read them (<see cref="SyllableTokens"/>).
    /// </summary>
    public Document Create(ContentItem item, ContentIndexBatch batch)
    {
        var type = batch.Definitions.FindType(item.ContentType);
        var context = new ContentIndexContext(item, type, batch, new ContentDocument());
        foreach (var contributor in _contributors)
        {
            contributor.Contribute(context);
        }

        if (type is not null)
        {
            FieldIndexing.Contribute(context, batch.Definitions, type);
        }

        var shared = batch.AlwaysShared || (context.Document.Shared ?? type?.Shareable ?? false);
        return context.Document.Build(item, shared, batch.CategoryTitles, analyzer);
    }
}
