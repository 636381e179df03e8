using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.PageGuards;

internal sealed record PageGuardsSample(string Build, bool Cached, WrkResult Wrk);

internal sealed record PageGuardsResult(IReadOnlyList<PageGuardsSample> Samples, int Threads, int Connections, TimeSpan Duration)
{
    public string ToMarkdown()
    {
        var table = new MarkdownTable("District home page (template override)", "reference req/s", "this build req/s", "this build / reference", "p99 ms (ref / this)");
        foreach (var cached in new[] { true, false })
        {
            var reference = Median("reference", cached);
            var current = Median("this build", cached);
            table.Row(cached ? "cached (output cache on)" : "uncached (output cache off)", reference.Rps, current.Rps, current.Rps / reference.Rps,
                $"{reference.P99:0.0} / {current.P99:0.0}");
        }

        return table + $"\nwrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s, medians of {Samples.Count / 4} rounds; the builds alternate within each round.\n";
    }

    private (double Rps, double P99) Median(string build, bool cached)
    {
        var runs = Samples.Where(s => s.Build == build && s.Cached == cached).Select(s => s.Wrk).ToList();
        return (Statistics.Median(runs.Select(r => r.RequestsPerSecond).ToList()), Statistics.Median(runs.Select(r => r.P99LatencyMs).ToList()));
    }
}
