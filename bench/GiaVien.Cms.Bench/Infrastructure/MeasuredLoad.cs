using GiaVien.Cms.Bench.Province;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.Infrastructure;

/// <param name="CpuPerRequest">The server process's user and system CPU time during the run, over the requests it answered.</param>
internal sealed record MeasuredRun(WrkResult Wrk, TimeSpan CpuPerRequest)
{
    /// <summary>When the measured run (not its warm-up) started, to match what the server recorded meanwhile.</summary>
    public DateTimeOffset From { get; init; }

    public DateTimeOffset To { get; init; }
}

/// <summary>One wrk run against a server after a warm-up, with the server's own CPU time per request read from /proc.</summary>
internal static class MeasuredLoad
{
    public static async Task<MeasuredRun> RunAsync(ServerProcess server, Uri url, int threads, int connections, TimeSpan duration, IReadOnlyList<string>? headers = null,
        TimeSpan? warmUp = null)
    {
        // A run first (3 s unless told): JIT tiering, connection set-up and a first (cache-filling) render stay out of the measured run.
        await Wrk.RunAsync(url, threads, connections, warmUp ?? TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds)), headers);
        // On a busy machine the first render can outlast a short warm-up, whose client then leaves and cancels it: one
        // request waited for makes sure the page was rendered (and cached, where it is) before the measured run.
        await AnsweredOnceAsync(server.Client, url, headers);
        // On a machine shared with other work the rate follows the neighbours; the CPU a request costs much less so.
        var from = DateTimeOffset.UtcNow;
        var cpuBefore = ProcessProbe.CpuTime(server.ProcessId);
        var result = await Wrk.RunAsync(url, threads, connections, duration, headers);
        return new MeasuredRun(result, (ProcessProbe.CpuTime(server.ProcessId) - cpuBefore) / Math.Max(1, result.Requests)) { From = from, To = DateTimeOffset.UtcNow };
    }

    private static async Task AnsweredOnceAsync(HttpClient client, Uri url, IReadOnlyList<string>? headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var header in headers ?? [])
        {
            var colon = header.IndexOf(':');
            request.Headers.TryAddWithoutValidation(header[..colon].Trim(), header[(colon + 1)..].Trim());
        }

        using var response = await client.SendAsync(request);
    }
}
