using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Documents.Bench;

/// <summary>
/// The product's document builder as a tenant with the documents feature runs it: the type's fields by their search
/// settings (số ký hiệu as a code), and the files' text added as body text as <c>DocumentFileTextContributor</c> adds it,
/// the text handed over directly instead of looked up in the tenant's data folder.
/// </summary>
public sealed class DocumentIndexing : IContentIndexContributor
{
    private static readonly ContentFieldKinds Kinds = new([new TextField(), new MultiLineTextField()]);

    private static readonly ContentDefinitions Definitions = new(
        [new ContentTypeDefinition { Name = VanBanPart.TypeName, DisplayName = "Văn bản", Parts = [BuiltInParts.Title, BuiltInParts.Autoroute, VanBanPart.Name], RoutePrefix = "van-ban" }],
        [new ContentPartDefinition
        {
            Name = VanBanPart.Name,
            Fields =
            [
                new ContentFieldDefinition { Name = "SoKyHieu", Kind = "Text", Code = true },
                new ContentFieldDefinition { Name = "TrichYeu", Kind = "MultiLineText" },
            ],
        }],
        Kinds);

    private readonly ContentDocuments _documents;

    public DocumentIndexing() => _documents = new ContentDocuments([this], Kinds, new VietnameseAnalyzer());

    /// <summary>Adds the documents to <paramref name="generation"/> as a rebuild does, with their files' text.</summary>
    public void AddAll(IndexGeneration generation, IReadOnlyList<(ContentItem Item, string FileText)> documents, int threads)
    {
        var batch = new ContentIndexBatch("bench", documents.Select(d => d.Item).ToList(), Definitions, new Dictionary<string, string>(), alwaysShared: false);
        batch.Keep(this, documents.ToDictionary(d => d.Item.ContentItemId, d => d.FileText, StringComparer.Ordinal));
        generation.AddAll(batch, _documents, threads);
    }

    public void Contribute(ContentIndexContext context)
    {
        if (context.Batch.Prepared<Dictionary<string, string>>(this)?.GetValueOrDefault(context.Item.ContentItemId) is { } text)
        {
            context.Document.AddText(text);
        }
    }
}
