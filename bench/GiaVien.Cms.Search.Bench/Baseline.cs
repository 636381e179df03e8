using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Raw Lucene.Net doing the work the product's search does, written as a developer would without the product, so the
/// ratio measures the product's own cost: the same analyzer (the same terms in the index), the same directory and
/// BM25, the same fields and weights, the same match query (every syllable in some field, a quarter of a long query
/// may be missing; a quoted text a phrase in some field), the top 10 by score and every stored field of those 10.
/// Not done here, and so part of the product's cost: exact-diacritic and syllable-pair boosts, the date tie-break,
/// document codes, highlighting.
/// </summary>
public sealed class Baseline : IDisposable
{
    public const string SharedField = "shared";

    private readonly VietnameseAnalyzer _analyzer;
    private readonly (string Name, float Weight)[] _fields;
    private readonly NIOFSDirectory _directory;
    private DirectoryReader? _reader;

    /// <param name="fields">The searched fields and their weights; the first one is the one the query is analysed as.</param>
    public Baseline(string folder, VietnameseAnalyzer analyzer, params (string Name, float Weight)[] fields)
    {
        _directory = new NIOFSDirectory(folder);
        _analyzer = analyzer;
        _fields = fields;
    }

    /// <summary>The news fields as the product weighs them.</summary>
    public static readonly (string Name, float Weight)[] NewsFields = [("title", 3f), ("lead", 1.5f), ("body", 1f)];

    public static readonly Similarity Bm25 = new BM25Similarity();

    public DirectoryReader Reader => _reader ?? throw new InvalidOperationException("Build the index first.");

    public record Plain(string Id, string Title, string Lead, string Body, bool Shared);

    public static Plain ToPlain(ContentItem item) => new(item.ContentItemId, item.DisplayText,
        item.As<NewsPart>().Lead!, HtmlText.ToText(item.As<NewsPart>().Body!), item.As<NewsPart>().ShareWithDistrict);

    public static Document NewsDocument(Plain article) =>
    [
        new StringField("id", article.Id, Field.Store.YES),
        new TextField("title", article.Title, Field.Store.YES),
        new TextField("lead", article.Lead, Field.Store.YES),
        new TextField("body", article.Body, Field.Store.YES),
        new StringField(SharedField, article.Shared ? "1" : "0", Field.Store.NO),
    ];

    /// <summary>Indexes <paramref name="items"/> on <paramref name="threads"/> threads (IndexWriter takes documents from several at once), then commits.</summary>
    public void Build<T>(IReadOnlyList<T> items, Func<T, Document> document, int threads)
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzer.Lucene, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Bm25,
            RAMBufferSizeMB = 32,
        });
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = threads }, item => writer.AddDocument(document(item)));
        writer.Commit();
        _reader = DirectoryReader.Open(_directory);
    }

    public void Search(string text) => Top(new IndexSearcher(Reader) { Similarity = Bm25 }, Query(text), filter: null);

    /// <summary>The top 10 of <paramref name="query"/> and every stored field of each.</summary>
    public static void Top(IndexSearcher searcher, Query query, Filter? filter)
    {
        foreach (var hit in searcher.Search(query, filter, 10).ScoreDocs)
        {
            foreach (var field in searcher.Doc(hit.Doc).Fields)
            {
                _ = field.GetStringValue();
            }
        }
    }

    /// <summary>The product's match query, built directly: quoted texts are phrases, the other syllables each in some field.</summary>
    public Query Query(string text)
    {
        var query = new BooleanQuery(disableCoord: true);
        var parts = text.Split('"');
        var words = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var syllables = Syllables(parts[i]);
            if (i % 2 == 0)
            {
                words.AddRange(syllables);
            }
            else if (syllables.Count > 0)
            {
                query.Add(syllables.Count == 1 ? AnyField(syllables[0]) : Phrase(syllables), Occur.MUST);
            }
        }

        if (words.Count > 0)
        {
            var all = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = words.Count <= 4 ? words.Count : words.Count - words.Count / 4 };
            foreach (var word in words)
            {
                all.Add(AnyField(word), Occur.SHOULD);
            }

            query.Add(all, Occur.MUST);
        }

        return query;
    }

    // The first token at each position is the folded syllable ("vien"); the accented one is stacked on it.
    private List<string> Syllables(string text)
    {
        var syllables = new List<string>();
        using var stream = _analyzer.GetTokenStream(_fields[0].Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0)
            {
                syllables.Add(term.ToString());
            }
        }

        stream.End();
        return syllables;
    }

    private BooleanQuery AnyField(string syllable)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (name, weight) in _fields)
        {
            any.Add(new TermQuery(new Term(name, syllable)) { Boost = weight }, Occur.SHOULD);
        }

        return any;
    }

    private BooleanQuery Phrase(List<string> syllables)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (name, weight) in _fields)
        {
            var phrase = new PhraseQuery { Boost = weight };
            foreach (var syllable in syllables)
            {
                phrase.Add(new Term(name, syllable));
            }

            any.Add(phrase, Occur.SHOULD);
        }

        return any;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }
}
