using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GiaVien.Cms.Search.Bench;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// What residents see for the search benchmark's kind of queries, held in a golden file: for each query the total, the
/// results in order and a digest of their marked titles and snippets. Changes made for speed (rescoring, marking,
/// stored fields, index layout) must leave every line as it was; a line that moves shows the query, and the first
/// result's marked title and snippet are printed to see how. After an intended change of ranking or marking, regenerate with
/// <c>GIAVIEN_UPDATE_GOLDENS=1 dotnet test tests/GiaVien.Cms.Tests --filter SearchResultsGoldenTests</c> and review the diff.
/// </summary>
public sealed class SearchResultsGoldenTests : IDisposable
{
    private const int Articles = 1_500;
    private const int Queries = 80;

    private readonly TestIndex _index;
    private readonly List<string> _queries;

    public SearchResultsGoldenTests()
    {
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        _index = new TestIndex(Enumerable.Range(1, Articles).Select(generator.Next).ToList());
        _queries = Enumerable.Range(0, Queries).Select(_ => generator.Query()).ToList();
    }

    [Fact]
    public void Every_query_gives_the_results_titles_and_snippets_of_its_golden_line()
    {
        var lines = _queries.Select(Line).ToList();
        var golden = Path.Combine(Folder(), "search-results.golden.txt");
        if (Environment.GetEnvironmentVariable("GIAVIEN_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllLines(golden, lines);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}: run with GIAVIEN_UPDATE_GOLDENS=1 to create it.");
        var expected = File.ReadAllLines(golden);
        Assert.Equal(expected.Length, lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(expected[i] == lines[i], $"Query «{_queries[i]}» changed.\nexpected: {expected[i]}\nactual:   {lines[i]}\nfirst result now: {First(_queries[i])}");
        }
    }

    private string Line(string query)
    {
        var results = _index.Find(query);
        var shown = string.Join("\n", results.Hits.Select(h => h.TitleHtml + "\n" + h.SnippetHtml));
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shown)))[..16];
        return $"{query}\t{results.Total}\t{string.Join(' ', results.Hits.Select(h => h.ContentItemId))}\t{digest}";
    }

    private string First(string query) => _index.Find(query).Hits is [var hit, ..] ? $"{hit.TitleHtml} | {hit.SnippetHtml}" : "(none)";

    private static string Folder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;

    public void Dispose() => _index.Dispose();
}
