using GiaVien.Cms.Bench.CachedPages;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the cached pages against bare Kestrel on a tiny scale so the bench cannot rot: every page answers, every arm is measured.</summary>
public sealed class CachedPagesSmokeTests
{
    [Fact]
    public async Task Cachedpages_loads_each_cached_page_and_the_bare_app_serving_its_bytes()
    {
        var result = await CachedPagesBenchmark.RunAsync(referenceFolder: null, rounds: 1, threads: 1, connections: 2, TimeSpan.FromSeconds(1), warmUp: TimeSpan.FromSeconds(1), acceptEncoding: null, TextWriter.Null);

        Assert.Equal(CachedPagesBenchmark.Pages.Count * 2, result.Samples.Count);
        Assert.All(result.Samples, s => Assert.True(s.Run.Wrk.Requests > 0 && s.Run.Wrk.NonSuccess == 0 && s.Run.CpuPerRequest > TimeSpan.Zero));
        Assert.Contains("category", result.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_browsers_accept_encoding_the_bare_app_serves_the_compressed_bytes_the_cms_served()
    {
        var result = await CachedPagesBenchmark.RunAsync(referenceFolder: null, rounds: 1, threads: 1, connections: 2, TimeSpan.FromSeconds(1), warmUp: TimeSpan.FromSeconds(1),
            acceptEncoding: "gzip, deflate, br, zstd", TextWriter.Null);

        Assert.All(result.Samples, s => Assert.True(s.Run.Wrk.Requests > 0 && s.Run.Wrk.NonSuccess == 0));
        Assert.Equal("gzip", result.ServedEncoding);
        Assert.Contains("Accept-Encoding: gzip, deflate, br, zstd", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
