using System.Text.Json;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The site's process is built with the thread pool's spinning switched off (GiaVien.Cms.Web.csproj): on two shared
/// cores a spinning worker costs every cached hit CPU it does not need (docs/benchmarks.md, round 19 of the cached-plain
/// lane). The setting lives in the runtime configuration the build writes beside the site's assembly, which the test
/// host does not run with, so that file is what is checked.
/// </summary>
public sealed class ThreadPoolSpinSettingTests
{
    [Fact]
    public void The_site_is_built_with_the_thread_pools_spinning_off()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "GiaVien.Cms.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", out var spinLimit),
            "GiaVien.Cms.Web.runtimeconfig.json has no thread-pool spin limit");
        Assert.Equal(0, spinLimit.GetInt32());
    }
}
