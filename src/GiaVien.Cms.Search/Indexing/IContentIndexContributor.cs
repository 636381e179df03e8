using GiaVien.Cms.Data;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// Adds to the search document of a content item what a part or a module knows of it (Orchard Core's index
/// handlers are the model). Registered with <see cref="SearchServiceCollectionExtensions.AddContentIndexContributor{T}"/>;
/// contributors are singletons. The indexer works a batch of items at a time: <see cref="PrepareAsync"/> runs once per
/// batch, alone, and may read the tenant's database (a module's own table, say text extracted from attachments) and
/// keep what it read in the batch; <see cref="Contribute"/> then runs for each item, on several threads at once, and
/// must only read what was prepared.
/// </summary>
public interface IContentIndexContributor
{
    /// <summary>Reads what the batch's items need from the tenant's database; nothing by default.</summary>
    Task PrepareAsync(ContentIndexBatch batch, CmsDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    void Contribute(ContentIndexContext context);
}
