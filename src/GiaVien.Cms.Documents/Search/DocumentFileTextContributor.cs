using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Documents.Search;

/// <summary>
/// Adds the text read from a document's files to its search document, as body text (the Vietnamese analyzer, searched
/// and highlighted like a news body). The text is only looked up here, never extracted: a file not read yet is queued
/// for <see cref="Extraction.DocumentTextExtraction"/>, the item is indexed by its fields meanwhile, and
/// <see cref="Extraction.ReadFileReindexing"/> has it indexed again once the file has been read.
/// </summary>
public sealed class DocumentFileTextContributor(DocumentSearchText searchText, TenantRegistry registry, ShellHost shells) : IContentIndexContributor
{
    public async Task PrepareAsync(ContentIndexBatch batch, CmsDbContext db, CancellationToken cancellationToken)
    {
        var documents = batch.Items.Where(i => i.ContentType == VanBanPart.TypeName).ToList();
        if (documents.Count == 0 || registry.Map.Find(batch.TenantName) is not { } tenant)
        {
            return;
        }

        var shell = await shells.GetForBackgroundAsync(tenant, cancellationToken);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var fields = await searchText.ForAsync(shell, document.As<VanBanPart>(), cancellationToken);
            texts[document.ContentItemId] = fields.FileText;
        }

        batch.Keep(this, texts);
    }

    public void Contribute(ContentIndexContext context)
    {
        if (context.Batch.Prepared<Dictionary<string, string>>(this)?.GetValueOrDefault(context.Item.ContentItemId) is { } text)
        {
            context.Document.AddText(text);
        }
    }
}
