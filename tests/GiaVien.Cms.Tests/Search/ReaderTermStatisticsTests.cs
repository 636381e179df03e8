using GiaVien.Cms.Search.Querying;
using Lucene.Net.Search;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// Queries with term statistics kept per reader rank exactly as the queries looked up afresh, and an exclusion of a term
/// the reader does not have (English items in a Vietnamese index) is left out of what is searched.
/// </summary>
public sealed class ReaderTermStatisticsTests
{
    private static readonly DateTime Day = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Kept_statistics_give_every_item_the_score_of_the_plain_boost_query()
    {
        using var index = Villages();
        var boost = new NewsQueryBuilder(TestIndex.Analyzer).Build(UserQuery.Parse("hòa bình \"nông thôn mới\""))!.Boost!;
        var searcher = index.Generation.Searchers.Acquire();
        try
        {
            var plain = Scores(searcher, boost);
            var firstLookUp = Scores(searcher, ReaderTermStatistics.For(searcher, boost));
            var kept = Scores(searcher, ReaderTermStatistics.For(searcher, boost));

            Assert.True(plain.Count >= 3, string.Join(", ", plain));
            Assert.Equal(plain, firstLookUp);
            Assert.Equal(plain, kept);
        }
        finally
        {
            index.Generation.Searchers.Release(searcher);
        }
    }

    [Fact]
    public void The_match_query_finds_and_scores_as_the_plain_one_without_the_exclusion_of_absent_english_items()
    {
        using var index = Villages();
        var match = EnglishQueries.WithoutEnglish(new NewsQueryBuilder(TestIndex.Analyzer).Build(UserQuery.Parse("bình -tết"))!).Match;
        var searcher = index.Generation.Searchers.Acquire();
        try
        {
            var kept = ReaderTermStatistics.For(searcher, match);

            Assert.Equal(Scores(searcher, match), Scores(searcher, kept));
            Assert.Equal(2, Scores(searcher, kept).Count);
            Assert.DoesNotContain(Occur.MUST_NOT, ((BooleanQuery)kept).Clauses.Select(c => c.Occur));
            Assert.Contains("title:tết", kept.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            index.Generation.Searchers.Release(searcher);
        }
    }

    // No item of these is English, and only a2 has "tết".
    private static TestIndex Villages() => new(
    [
        TestIndex.News("a1", "Hòa Bình xây dựng nông thôn mới", "Xã Gia Hòa về đích nông thôn mới.", "<p>Nông thôn mới nâng cao ở Gia Hòa.</p>", Day),
        TestIndex.News("a2", "Hoa bình an ngày Tết", "Chợ hoa xã Gia Hưng.", "<p>Nong thon moi, hoa binh.</p>", Day.AddDays(1)),
        TestIndex.News("a3", "Gia Vân đón bằng nông thôn mới", "Hòa bình và nông thôn.", "<p>Bình yên làng quê mới.</p>", Day.AddDays(2)),
        TestIndex.News("a4", "Lễ hội chùa Bái Đính", "Du khách về Gia Sinh.", "<p>Hòa nhã, thân thiện.</p>", Day.AddDays(3)),
    ]);

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
