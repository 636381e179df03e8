using GiaVien.Cms.Tenants.Bench;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The tenant benchmarks run on a tiny scale, so they cannot rot; no timing is asserted here.</summary>
public sealed class TenantBenchSmokeTests
{
    [Fact]
    public async Task The_tenant_benchmarks_run_and_report_every_figure()
    {
        var output = new StringWriter();
        var results = await TenantBenchmarks.RunAsync(new BenchOptions(Tenants: 20, Repeat: 1), output);
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.True(double.IsFinite(r.Value) && r.Baseline > 0, r.Name));
        Assert.Contains("ratio", output.ToString());
    }
}
