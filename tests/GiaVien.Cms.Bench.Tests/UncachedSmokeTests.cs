using GiaVien.Cms.Bench.Uncached;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the uncached pages benchmark on a tiny scale (no reference build) so it cannot rot; only the sanity of the figures is checked.</summary>
public sealed class UncachedSmokeTests
{
    [Fact]
    public async Task Uncached_renders_the_four_pages_and_the_bare_app_serves_their_bytes()
    {
        var result = await UncachedBenchmark.RunAsync(referenceFolder: null, rounds: 1, threads: 1, connections: 2, TimeSpan.FromSeconds(1), warmUp: TimeSpan.FromSeconds(1), TextWriter.Null);

        Assert.Equal(["article", "home", "category", "search"], result.Bytes.Keys);
        Assert.All(result.Bytes.Values, bytes => Assert.True(bytes > 1000));
        Assert.Equal(8, result.Samples.Count);
        Assert.All(result.Samples, sample =>
        {
            Assert.True(sample.Wrk.Requests > 0);
            Assert.Equal(0, sample.Wrk.NonSuccess);
        });
        Assert.Contains("this build / bare", result.ToMarkdown());
    }
}
