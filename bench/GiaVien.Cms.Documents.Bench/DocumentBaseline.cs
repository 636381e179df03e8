using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Search.Bench;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GiaVien.Cms.Documents.Bench;

/// <summary>
/// Raw Lucene.Net on the same documents, as a site would index them without the product: StandardAnalyzer on số ký hiệu,
/// title, trích yếu and file text, a disjunction of the typed terms, top 10 with their titles, no highlighting.
/// </summary>
public sealed class DocumentBaseline : IDisposable
{
    private static readonly string[] Fields = ["number", "title", "summary", "text"];
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly FSDirectory _directory;
    private DirectoryReader? _reader;

    public DocumentBaseline(string folder) => _directory = FSDirectory.Open(folder);

    public void Build(IEnumerable<(ContentItem Item, string FileText)> documents)
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 32 });
        foreach (var (item, text) in documents)
        {
            var part = item.As<VanBanPart>();
            writer.AddDocument(new Document
            {
                new StringField("id", item.ContentItemId, Field.Store.YES),
                new TextField("number", part.Number, Field.Store.YES),
                new TextField("title", item.DisplayText, Field.Store.YES),
                new TextField("summary", part.Summary, Field.Store.YES),
                new TextField("text", text, Field.Store.NO),
            });
        }

        writer.Commit();
        _reader = DirectoryReader.Open(_directory);
    }

    public void Search(string text) => Baseline.TopTitles(_analyzer, _reader, text, Fields);

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
