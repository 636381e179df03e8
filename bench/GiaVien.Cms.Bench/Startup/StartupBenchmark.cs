using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Startup;

/// <summary>
/// Time from process start to the first 200 on the district home page, for the CMS restarting on an
/// installation that is already set up, against the empty app. The very first start (which runs the
/// setup recipe) is measured once, apart. Runs alternate between the two apps so drift hits both alike.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<StartupResult> RunAsync(int runs, TextWriter progress)
    {
        using var work = new WorkFolder("startup");
        var data = work.Sub("data");
        double firstRun;
        await using (var first = BenchApps.StartCms(data))
        {
            firstRun = (await first.WaitForOkAsync(timeout: TimeSpan.FromMinutes(3))).TotalMilliseconds;
            // Member sites are set up after the district's: stop only once the whole setup is done.
            await first.WaitForOutputAsync("is ready", TimeSpan.FromMinutes(3));
        }

        progress.WriteLine($"first start with setup: {firstRun:0} ms");
        var cms = new List<double>();
        var baseline = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            cms.Add(await TimeToFirstOkAsync(BenchApps.StartCms(data)));
            baseline.Add(await TimeToFirstOkAsync(BenchApps.StartBaseline(work.Path)));
            progress.WriteLine($"run {run}: cms {cms[^1]:0} ms, baseline {baseline[^1]:0} ms");
        }

        return new StartupResult(firstRun, cms, baseline);
    }

    private static async Task<double> TimeToFirstOkAsync(ServerProcess server)
    {
        await using (server)
        {
            return (await server.WaitForOkAsync()).TotalMilliseconds;
        }
    }
}
