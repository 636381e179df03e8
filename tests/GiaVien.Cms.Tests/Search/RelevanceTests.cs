using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace GiaVien.Cms.Tests.Search;

/// <summary>A corpus of Vietnamese news written for these tests, indexed and queried the way residents type.</summary>
public sealed class RelevanceTests(RelevanceTests.Corpus _corpus, ITestOutputHelper output) : IClassFixture<RelevanceTests.Corpus>
{
    [Fact]
    public void The_expected_article_is_found_for_every_query()
    {
        var ranks = new List<(string Query, string Kind, int? Rank)>();
        foreach (var query in _corpus.Queries)
        {
            var text = query.Nfd ? query.Text.Normalize(NormalizationForm.FormD) : query.Text;
            var hits = _corpus.Index.Find(text).Hits;
            var index = hits.ToList().FindIndex(h => h.ContentItemId == query.Expected);
            ranks.Add((query.Text, query.Kind, index < 0 ? null : index + 1));
        }

        var mrr = ranks.Average(r => r.Rank is { } rank ? 1.0 / rank : 0);
        var recallAt10 = ranks.Count(r => r.Rank is <= 10) / (double)ranks.Count;
        foreach (var (text, kind, rank) in ranks.Where(r => r.Rank != 1))
        {
            output.WriteLine($"rank {rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {text} ({kind})");
        }

        var summary = $"Relevance over {ranks.Count} queries on {_corpus.ArticleCount} articles: MRR {mrr:0.000}, recall@10 {recallAt10:0.000}";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(1.0, recallAt10);
        Assert.True(mrr >= 0.9, summary);
    }

    [Fact]
    public void A_query_with_diacritics_ranks_exact_matches_above_folded_ones()
    {
        var accented = _corpus.Index.Find("hòa").Hits.Select(h => h.ContentItemId).ToList();
        var folded = _corpus.Index.Find("hoa").Hits.Select(h => h.ContentItemId).ToList();

        Assert.Contains("a02", accented);
        Assert.True(accented.IndexOf("a01") < accented.IndexOf("a02") && accented.IndexOf("a23") < accented.IndexOf("a02"), string.Join(",", accented));
        Assert.Superset(new HashSet<string> { "a01", "a02", "a23" }, folded.ToHashSet());
    }

    [Fact]
    public void Highlights_mark_the_words_as_written()
    {
        var hit = _corpus.Index.Find("dinh truong son vit").Hits[0];

        Assert.Contains("<mark>Đinh</mark> <mark>Trường</mark> <mark>Sơn</mark>", hit.SnippetHtml);
        Assert.Contains("<mark>vịt</mark>", hit.TitleHtml);
    }

    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "relevance-corpus.json")))!;
            var articles = json["articles"]!.AsArray();
            ArticleCount = articles.Count;
            Index = new TestIndex(articles.Select(a => TestIndex.News(
                a!["id"]!.GetValue<string>(), a["title"]!.GetValue<string>(), a["lead"]!.GetValue<string>(), a["body"]!.GetValue<string>(),
                DateTime.Parse(a["date"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))));
            Queries = json["queries"]!.AsArray().Select(q => new CorpusQuery(
                q!["q"]!.GetValue<string>(), q["expected"]!.GetValue<string>(), q["kind"]!.GetValue<string>(), q["nfd"]?.GetValue<bool>() == true)).ToList();
        }

        public TestIndex Index { get; }

        public int ArticleCount { get; }

        public IReadOnlyList<CorpusQuery> Queries { get; }

        public void Dispose() => Index.Dispose();
    }

    public sealed record CorpusQuery(string Text, string Expected, string Kind, bool Nfd);
}
