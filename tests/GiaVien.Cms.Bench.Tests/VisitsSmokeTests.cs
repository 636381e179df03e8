using GiaVien.Cms.Bench.Visits;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the visit counter's A/B on a tiny scale so it cannot rot: the counter counts a browser's visits when on, and nothing else.</summary>
public sealed class VisitsSmokeTests
{
    [Fact]
    public async Task Visits_loads_the_cached_article_with_the_counter_on_off_and_not_counting_a_crawler()
    {
        // The product's flush interval: no flush falls inside the runs, so the views are written by the stop alone.
        var result = await VisitsBenchmark.RunAsync(reference: null, rounds: 1, threads: 1, connections: 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), VisitsResult.ProductFlushInterval, TextWriter.Null);

        Assert.Equal(3, result.Samples.Count);
        Assert.All(result.Samples, s => Assert.True(s.Run.Wrk.Requests > 0 && s.Run.Wrk.NonSuccess == 0, $"{s.Arm}: {s.Run.Wrk.Requests} requests, {s.Run.Wrk.NonSuccess} not 2xx ({s.Refused})"));
        Assert.Equal(0, result.Samples.Single(s => s.Arm == CounterArm.Off).ViewsWritten);
        // The like-with-like arm: the counter on, the crawler's requests (as long as the browser's) not counted.
        Assert.Equal(VisitsBenchmark.BrowserAgent.Length, VisitsBenchmark.CrawlerAgent.Length);
        Assert.Equal(0, result.Samples.Single(s => s.Arm == CounterArm.NotCounted).ViewsWritten);
        var on = result.Samples.Single(s => s.Arm == CounterArm.On);
        // Every view counted is written, the warm-up's too, though the server never reached its first flush.
        Assert.True(on.ViewsWritten >= on.Run.Wrk.Requests);
        // The startup hook ran in the server: what a slow run paid for can be told.
        Assert.All(result.Samples, s => Assert.True(s.Counters is { AllocatedBytesPerRequest: > 0, PoolThreads: > 0 }, $"{s.Arm}: {s.Counters?.ToString() ?? "no samples around the run"}"));
        Assert.Contains("counter on", result.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("on ÷ counter off, per round", result.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("on ÷ counter on, not counted, per round", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
