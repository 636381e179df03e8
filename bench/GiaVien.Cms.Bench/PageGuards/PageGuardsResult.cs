using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.PageGuards;

/// <param name="CpuPerRequest">The server process's user and system CPU time during the run, over the requests it answered.</param>
internal sealed record PageGuardsSample(string Build, bool Cached, WrkResult Wrk, TimeSpan CpuPerRequest);

internal sealed record PageGuardsResult(IReadOnlyList<PageGuardsSample> Samples, int Threads, int Connections, TimeSpan Duration)
{
    public string ToMarkdown()
    {
        var table = new MarkdownTable("District home page (template override)", "reference req/s", "this build req/s", "this build / reference", "p99 ms (ref / this)",
            "server CPU µs/request (ref / this)", "reference / this build CPU");
        foreach (var cached in new[] { true, false })
        {
            var reference = Median(AbBuilds.Reference, cached);
            var current = Median(AbBuilds.Current, cached);
            table.Row(cached ? "cached (output cache on)" : "uncached (output cache off)", reference.Rps, current.Rps, current.Rps / reference.Rps,
                $"{reference.P99:0.0} / {current.P99:0.0}", $"{reference.CpuMicroseconds:0.0} / {current.CpuMicroseconds:0.0}",
                reference.CpuMicroseconds / current.CpuMicroseconds);
        }

        return table + $"\nwrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s, medians of {Samples.Count / 4} rounds; the builds alternate within each round. "
            + "CPU: the server's user + system time over the requests answered (read from /proc).\n";
    }

    private (double Rps, double P99, double CpuMicroseconds) Median(string build, bool cached)
    {
        var runs = Samples.Where(s => s.Build == build && s.Cached == cached).ToList();
        return (Statistics.Median(runs.Select(r => r.Wrk.RequestsPerSecond).ToList()), Statistics.Median(runs.Select(r => r.Wrk.P99LatencyMs).ToList()),
            Statistics.Median(runs.Select(r => r.CpuPerRequest.TotalMicroseconds).ToList()));
    }
}
