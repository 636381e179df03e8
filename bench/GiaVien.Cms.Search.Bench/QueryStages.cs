using System.Globalization;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Where the product's query time goes, stage by stage, on one thread: the CPU time the thread itself ran (from
/// /proc/thread-self/schedstat), which waiting for a core on a busy machine does not inflate. Each stage repeats a prefix of what
/// <see cref="NewsSearch"/> does (building the query included), so the differences between stages are what each step costs.
/// </summary>
public static class QueryStages
{
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(NewsFields.Date, SortFieldType.INT64, true));

    /// <param name="baseline">Builds the baseline's query (its own index is not used: its query runs on the product's index here).</param>
    public static IEnumerable<string> Measure(VietnameseAnalyzer analyzer, NewsSearch search, IndexGeneration index, Baseline baseline, IReadOnlyList<string> queries, int repetitions)
    {
        var builder = new NewsQueryBuilder(analyzer);
        var snippets = new Snippets(analyzer);
        var tenant = new List<SearchTarget> { new(new Data.Tenants.TenantRecord { Name = "bench", DisplayName = "Bench" }, index, "") };
        var stages = new (string Name, Action<string> Run)[]
        {
            ("the baseline's query on this index: top 10 by score and their stored fields", q => Searching(index, s => Baseline.Top(s, baseline.Query(q), filter: null))),
            ("parse and build the query", q => Build(builder, q)),
            ("build + match query, top 10 by score (as the baseline collects)", q => Searching(index, s => s.Search(Build(builder, q).Match, 10))),
            ($"build + match query, top {NewsSearch.RescoreWindow} by score only", q => Searching(index, s => s.Search(Build(builder, q).Match, NewsSearch.RescoreWindow))),
            ($"build + match query, top {NewsSearch.RescoreWindow} by relevance and date, Lucene's sorting collector (before)", q => Searching(index, s =>
                s.Search(Build(builder, q).Match, null, NewsSearch.RescoreWindow, ByRelevance, doDocScores: true, doMaxScore: false))),
            ($"build + match query, top {NewsSearch.RescoreWindow} by relevance and date, RelevanceCollector (as the product collects)", q => Searching(index, s => Window(s, Build(builder, q)))),
            ($"build + top {NewsSearch.RescoreWindow} + the boost query's weight, every term looked up in every segment", q => BoostWeight(index, builder, q, (_, boost) => boost)),
            ($"build + top {NewsSearch.RescoreWindow} + the boost query's weight, term statistics kept per reader (as the rescoring gets it)", q => BoostWeight(index, builder, q, ReaderTermStatistics.For)),
            ($"build + top {NewsSearch.RescoreWindow} + rescoring them with the boost query", q => Searching(index, s =>
            {
                var query = Build(builder, q);
                if (query.Boost is not null)
                {
                    BoostRescorer.Rescore(s, query.Boost, Window(s, query).ScoreDocs);
                }
            })),
            ("build + top 10 by score + their stored fields", q => Searching(index, s => Top10(s, Build(builder, q), _ => { }))),
            ("build + top 10 + stored fields + title and snippet marks", q => Searching(index, s =>
            {
                var query = Build(builder, q);
                var marks = snippets.For(query);
                Top10(s, query, document =>
                {
                    _ = marks.Title(document.Get(NewsFields.Title) ?? "");
                    _ = marks.Snippet(document.Get(NewsFields.Lead) ?? "", document.Get(NewsFields.Body) ?? "");
                });
            })),
            ("the whole search (NewsSearch.Search)", q => search.Search(tenant, new SearchRequest(q), sharedOnly: false)),
        };

        yield return "| stage (1 thread, queries run one after another) | CPU ms per query |";
        yield return "|---|---|";
        foreach (var (name, run) in stages)
        {
            foreach (var query in queries.Take(50))
            {
                run(query);
            }

            var started = ThreadCpu.Nanoseconds();
            for (var r = 0; r < repetitions; r++)
            {
                foreach (var query in queries)
                {
                    run(query);
                }
            }

            var ms = (ThreadCpu.Nanoseconds() - started) / 1e6 / (repetitions * queries.Count);
            yield return $"| {name} | {ms.ToString("0.000", CultureInfo.InvariantCulture)} |";
        }
    }

    private static NewsQuery Build(NewsQueryBuilder builder, string text) => CodeQuery.Widen(builder.Build(UserQuery.Parse(text))!, text);

    private static void BoostWeight(IndexGeneration index, NewsQueryBuilder builder, string text, Func<IndexSearcher, Query, Query> statistics) => Searching(index, s =>
    {
        var query = Build(builder, text);
        _ = Window(s, query);
        if (query.Boost is not null)
        {
            _ = s.CreateNormalizedWeight(statistics(s, query.Boost));
        }
    });

    private static TopDocs Window(IndexSearcher searcher, NewsQuery query)
    {
        var collector = new RelevanceCollector(NewsSearch.RescoreWindow);
        searcher.Search(query.Match, collector);
        return collector.TopDocs();
    }

    private static void Top10(IndexSearcher searcher, NewsQuery query, Action<Lucene.Net.Documents.Document> use)
    {
        foreach (var hit in searcher.Search(query.Match, 10).ScoreDocs)
        {
            use(searcher.Doc(hit.Doc));
        }
    }

    private static void Searching(IndexGeneration index, Action<IndexSearcher> run)
    {
        var searcher = index.Searchers.Acquire();
        try
        {
            run(searcher);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }
}
