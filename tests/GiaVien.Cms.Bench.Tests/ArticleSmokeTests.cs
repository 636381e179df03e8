using GiaVien.Cms.Bench.Article;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the article benchmark on a tiny scale so it cannot rot; only the sanity of the figures is checked.</summary>
public sealed class ArticleSmokeTests
{
    [Fact]
    public async Task Article_loads_the_cached_and_uncached_pages_and_the_baselines_serving_their_bytes()
    {
        var result = await ArticleBenchmark.RunAsync(threads: 1, connections: 2, TimeSpan.FromSeconds(1), TextWriter.Null);

        Assert.True(result.ArticleBytes > 1000 && result.HomeBytes > 1000);
        Assert.All([result.Cached, result.Uncached, result.ArticleBaseline, result.HomeUncached, result.HomeBaseline], run =>
        {
            Assert.True(run.RequestsPerSecond > 0 && run.Requests > 0 && run.P99LatencyMs > 0);
            Assert.Equal(0, run.NonSuccess);
        });
    }

    [Fact]
    public async Task Lists_times_the_list_query_before_and_after()
    {
        var table = await ListQueryBenchmark.RunAsync(iterations: 2, TextWriter.Null);
        Assert.Contains("Before: ContentQueries.LatestPublishedAsync", table);
        Assert.Contains("After: PublishedQueries.LatestAsync", table);
    }
}
