using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Querying;
using Lucene.Net.Search;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// The rescoring scores each term of the boost query on its own, and must still give every hit exactly the score
/// Lucene gives the boost query as a whole: a last-bit difference would reorder results whose scores tie.
/// </summary>
public sealed class BoostRescorerTests
{
    [Theory]
    [InlineData("\"nông thôn mới\" Gia Hòa")]
    [InlineData("xây dựng nông thôn mới")]
    [InlineData("Nguyễn Văn Trường")]
    [InlineData("\"an toàn giao thông\"")]
    [InlineData("Gia Vân")]
    public void Every_hit_gets_its_match_score_plus_the_score_of_the_whole_boost_query(string text)
    {
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        using var index = new TestIndex(Enumerable.Range(1, 400).Select(generator.Next).ToList());
        var query = new NewsQueryBuilder(TestIndex.Analyzer).Build(UserQuery.Parse(text))!;
        var searcher = index.Generation.Searchers.Acquire();
        try
        {
            var collector = new RelevanceCollector(NewsSearch.RescoreWindow);
            searcher.Search(query.Match, collector);
            var hits = collector.TopDocs().ScoreDocs;
            var matchScores = hits.ToDictionary(h => h.Doc, h => h.Score);
            var boostScores = searcher.Search(query.Boost!, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(h => h.Doc, h => h.Score);

            BoostRescorer.Rescore(searcher, query.Boost!, hits);

            Assert.True(hits.Length > 5 && hits.Count(h => boostScores.ContainsKey(h.Doc)) > 5, $"{hits.Length} hits for «{text}»");
            foreach (var hit in hits)
            {
                Assert.Equal(matchScores[hit.Doc] + boostScores.GetValueOrDefault(hit.Doc), hit.Score);
            }

            Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Score), hits.Select(h => h.Score));
        }
        finally
        {
            index.Generation.Searchers.Release(searcher);
        }
    }
}
