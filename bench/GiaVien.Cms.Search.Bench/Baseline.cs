using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GiaVien.Cms.Search.Bench;

/// <summary>Raw Lucene.Net as Orchard Core would use it: StandardAnalyzer, title/lead/body, a disjunction of terms, no highlighting.</summary>
public sealed class Baseline : IDisposable
{
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly FSDirectory _directory;
    private DirectoryReader? _reader;

    public Baseline(string folder) => _directory = FSDirectory.Open(folder);

    public record Plain(string Id, string Title, string Lead, string Body);

    public static Plain ToPlain(ContentItem item) => new(item.ContentItemId, item.DisplayText,
        item.As<NewsPart>().Lead!, HtmlText.ToText(item.As<NewsPart>().Body!));

    public void Build(IEnumerable<Plain> articles)
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 32 });
        foreach (var article in articles)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", article.Id, Field.Store.YES),
                new TextField("title", article.Title, Field.Store.YES),
                new TextField("lead", article.Lead, Field.Store.YES),
                new TextField("body", article.Body, Field.Store.YES),
            });
        }

        writer.Commit();
        _reader = DirectoryReader.Open(_directory);
    }

    public void Search(string text) => TopTitles(_analyzer, _reader, text, ["title", "lead", "body"]);

    /// <summary>The baseline's query: each analysed term of <paramref name="text"/> in any of <paramref name="fields"/>, top 10 with their titles.</summary>
    public static void TopTitles(StandardAnalyzer analyzer, DirectoryReader? reader, string text, string[] fields)
    {
        var query = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream(fields[^1], text.Replace("\"", "", StringComparison.Ordinal)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                foreach (var field in fields)
                {
                    query.Add(new TermQuery(new Term(field, term.ToString())), Occur.SHOULD);
                }
            }

            stream.End();
        }

        var searcher = new IndexSearcher(reader ?? throw new InvalidOperationException("Build the index first."));
        foreach (var hit in searcher.Search(query, 10).ScoreDocs)
        {
            _ = searcher.Doc(hit.Doc).Get("title");
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
