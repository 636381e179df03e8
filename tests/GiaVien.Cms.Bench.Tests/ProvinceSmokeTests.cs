using GiaVien.Cms.Bench.Province;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the province benchmark on a tiny scale so it cannot rot; only the sanity of the figures is checked.</summary>
public sealed class ProvinceSmokeTests
{
    [Fact]
    public async Task Province_creates_the_communes_restarts_and_measures_idle_memory_the_district_home_and_an_admin_creation()
    {
        var result = await ProvinceBenchmark.RunAsync(tenants: 2, settle: TimeSpan.FromSeconds(1), idleWindow: TimeSpan.FromSeconds(1),
            releaseWait: TimeSpan.FromSeconds(1), homeSamples: 2, adminCreations: 1, cmsDll: null, TextWriter.Null);

        Assert.True(result.CreationRate > 0 && result.DataBuild > TimeSpan.Zero);
        Assert.True(result.HealthMs > 0 && result.ReadyMs >= result.HealthMs && result.FirstHomeMs >= result.ReadyMs);
        Assert.True(result.IdleCoreShare >= 0);
        Assert.True(result.RssIdleMb > 0 && result.RssVisitedMb > 0 && result.RssReleasedMb > 0);
        Assert.True(result.HomeThreeMs > 0 && result.HomeAllMs > 0);
        Assert.True(result.AdminCreationSeconds.Count == 1 && result.AdminCreationSeconds[0] > 0);
        Assert.Contains("Bulk creation", result.ToMarkdown());
    }
}
