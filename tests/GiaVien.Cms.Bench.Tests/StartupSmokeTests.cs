using GiaVien.Cms.Bench.Startup;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>
/// Runs the startup benchmark on a tiny scale so the bench cannot rot. Only the sanity of the figures is
/// checked, never their size: speed is reported by the bench, as ratios, not asserted by tests.
/// </summary>
public sealed class StartupSmokeTests
{
    [Fact]
    public async Task Startup_measures_both_apps_and_the_first_start()
    {
        var result = await StartupBenchmark.RunAsync(runs: 1, TextWriter.Null);

        Assert.True(result.FirstStartWithSetupMs > 0);
        Assert.All(result.CmsMs.Concat(result.BaselineMs), ms => Assert.True(ms > 0));
        Assert.True(result.Ratio > 0);
        Assert.Contains("| GiaVien.Cms, restart of a set-up installation | 1 |", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
