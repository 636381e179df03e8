namespace GiaVien.Cms.Web.Tests;

/// <summary>The test host's JIT and thread-pool settings, which the suite's time depends on (see the project file).</summary>
public sealed class TestHostRuntimeTests
{
    [Fact]
    public void The_test_host_runs_without_dynamic_pgo() =>
        Assert.Equal("false", AppContext.GetData("System.Runtime.TieredPGO")?.ToString(), ignoreCase: true);

    [Fact]
    public void The_test_host_thread_pool_does_not_spin_for_work() =>
        Assert.Equal("0", AppContext.GetData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit")?.ToString());
}
