using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.Uncached;

/// <param name="CpuPerRequest">The server process's user and system CPU time during the run, over the requests it answered.</param>
internal sealed record UncachedSample(string Build, string Page, WrkResult Wrk, TimeSpan CpuPerRequest);

internal sealed record UncachedResult(IReadOnlyList<UncachedSample> Samples, IReadOnlyDictionary<string, int> Bytes, int Rounds, int Threads, int Connections, TimeSpan Duration, TimeSpan WarmUp)
{
    public string ToMarkdown()
    {
        var hasReference = Samples.Any(s => s.Build == UncachedBenchmark.Reference);
        var table = new MarkdownTable("Page (uncached, district of giavien-demo)", "bytes", "bare req/s", "reference req/s", "this build req/s",
            "this build / bare", "this build / reference", "CPU µs/request (bare / ref / this)", "non-2xx (this build)");
        foreach (var page in Bytes.Keys)
        {
            var bare = Median(UncachedBenchmark.Bare, page);
            var current = Median(UncachedBenchmark.ThisBuild, page);
            var reference = hasReference ? Median(UncachedBenchmark.Reference, page) : default;
            table.Row(page, Bytes[page], bare.Rps, hasReference ? reference.Rps : "—", current.Rps, current.Rps / bare.Rps,
                hasReference ? current.Rps / reference.Rps : "—",
                $"{bare.Cpu:0} / {(hasReference ? reference.Cpu.ToString("0") : "—")} / {current.Cpu:0}",
                Samples.Where(s => s.Build == UncachedBenchmark.ThisBuild && s.Page == page).Sum(s => s.Wrk.NonSuccess));
        }

        return table + $"\nwrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s after {WarmUp.TotalSeconds:0} s of warm-up per page, medians of {Rounds} rounds; the builds and the bare app alternate "
            + "within each round. CPU: the server's user + system time over the requests answered (read from /proc).\n";
    }

    private (double Rps, double Cpu) Median(string build, string page)
    {
        var runs = Samples.Where(s => s.Build == build && s.Page == page).ToList();
        return (Statistics.Median(runs.Select(r => r.Wrk.RequestsPerSecond).ToList()), Statistics.Median(runs.Select(r => r.CpuPerRequest.TotalMicroseconds).ToList()));
    }
}
