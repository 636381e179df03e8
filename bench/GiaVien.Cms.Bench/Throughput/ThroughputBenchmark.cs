using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Throughput;

/// <summary>
/// Requests per second on the district home page (giavien-demo installation) against the empty app serving
/// the very same bytes, with wrk on loopback. The CMS is also measured with its per-request log turned
/// down to warnings, which tells how much of the gap the request log is.
/// </summary>
internal static class ThroughputBenchmark
{
    public static async Task<ThroughputResult> RunAsync(int threads, int connections, TimeSpan duration, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("throughput");
        var data = work.Sub("data");
        var bodyFile = Path.Combine(work.Path, "home.html");
        await BenchApps.SetUpDemoAsync(data);

        var load = (ServerProcess server) => MeasureAsync(server, threads, connections, duration);
        var cms = await load(BenchApps.StartCms(data));
        await File.WriteAllBytesAsync(bodyFile, cms.Body);
        progress.WriteLine($"cms: {cms.Wrk.RequestsPerSecond:0} req/s ({cms.Body.Length} bytes)");
        var quiet = await load(BenchApps.StartCms(data, new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Warning" }));
        progress.WriteLine($"cms, request log off: {quiet.Wrk.RequestsPerSecond:0} req/s");
        var baseline = await load(BenchApps.StartBaseline(work.Path, bodyFile));
        progress.WriteLine($"baseline: {baseline.Wrk.RequestsPerSecond:0} req/s ({baseline.Body.Length} bytes)");
        if (!baseline.Body.AsSpan().SequenceEqual(cms.Body))
        {
            throw new InvalidOperationException("The baseline did not serve the CMS's home page bytes.");
        }

        return new ThroughputResult(cms.Wrk, quiet.Wrk, baseline.Wrk, cms.Body.Length, threads, connections, duration);
    }

    private static async Task<(WrkResult Wrk, byte[] Body)> MeasureAsync(ServerProcess server, int threads, int connections, TimeSpan duration)
    {
        await using (server)
        {
            await server.WaitForOkAsync();
            var body = await server.Client.GetByteArrayAsync("/");
            // A short run first: JIT tiering and connection set-up stay out of the measured run.
            await Wrk.RunAsync(server.Client.BaseAddress!, threads, connections, TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds)));
            return (await Wrk.RunAsync(server.Client.BaseAddress!, threads, connections, duration), body);
        }
    }
}
