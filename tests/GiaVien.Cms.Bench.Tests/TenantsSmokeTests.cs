using GiaVien.Cms.Bench.Tenants;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>
/// Runs the tenants benchmark on a tiny scale so the bench cannot rot. Only the sanity of the figures is
/// checked, never their size: speed is reported by the bench, as ratios, not asserted by tests.
/// </summary>
public sealed class TenantsSmokeTests
{
    [Fact]
    public async Task Tenants_activates_every_commune_and_measures_memory()
    {
        var result = await TenantsBenchmark.RunAsync([1, 2], TimeSpan.Zero, TextWriter.Null);

        Assert.Equal(2, result.ColdMs.Count);
        Assert.Equal(2, result.WarmMs.Count);
        Assert.All(result.ColdMs.Concat(result.WarmMs), ms => Assert.True(ms > 0));
        Assert.Equal([(1, 2), (2, 3)], result.Active.Select(a => (a.Count, a.ActiveShells)));
        Assert.All(result.Active.Select(a => a.Memory).Append(result.DistrictOnly).Append(result.EmptyApp),
            memory => Assert.True(memory.GcHeapBytes > 0 && memory.WorkingSetBytes > 0));
        Assert.Contains("+ 2 idle commune(s) (3 shells)", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
