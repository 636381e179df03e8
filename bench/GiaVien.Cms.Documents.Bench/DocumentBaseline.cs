using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Search.Bench;
using Lucene.Net.Documents;

namespace GiaVien.Cms.Documents.Bench;

/// <summary>
/// Raw Lucene.Net on the same documents as the search benchmark's <see cref="Baseline"/> searches news: the product's
/// analyzer on title, trích yếu, file text (stored, as the product stores its body) and số ký hiệu, the product's match
/// query, top 10 with their stored fields. Codes typed loosely are left to the analyzer's tokens.
/// </summary>
public static class DocumentBaseline
{
    public static readonly (string Name, float Weight)[] Fields = [("title", 3f), ("summary", 1.5f), ("text", 1f), ("number", 1f)];

    public static Document Of((ContentItem Item, string FileText) document)
    {
        var part = document.Item.As<VanBanPart>();
        return
        [
            new StringField("id", document.Item.ContentItemId, Field.Store.YES),
            new TextField("number", part.Number, Field.Store.YES),
            new TextField("title", document.Item.DisplayText, Field.Store.YES),
            new TextField("summary", part.Summary, Field.Store.YES),
            new TextField("text", document.FileText, Field.Store.YES),
        ];
    }
}
