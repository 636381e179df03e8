using System.Globalization;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.CachedPages;

internal sealed record CachedPageSample(int Round, string Arm, string Page, MeasuredRun Run);

internal sealed record CachedPagesResult(
    IReadOnlyList<CachedPageSample> Samples, IReadOnlyList<string> Arms, IReadOnlyDictionary<string, int> Bytes, int Threads, int Connections, TimeSpan Duration, TimeSpan WarmUp,
    string? AcceptEncoding, string? ServedEncoding)
{
    public string ToMarkdown()
    {
        var table = new MarkdownTable("Cached page", "server", "req/s (median)", "p99 ms (median)", "CPU µs/request (median)",
            "ratio to bare (req/s)", "bare CPU / this CPU", "per-round ratios (req/s)");
        foreach (var (page, _) in CachedPagesBenchmark.Pages)
        {
            var bare = Median(CachedPagesBenchmark.Baseline, page);
            foreach (var arm in Arms)
            {
                var run = Median(arm, page);
                table.Row($"{page} ({Bytes[page]} B)", arm, run.Rps, run.P99, run.Cpu, run.Rps / bare.Rps, bare.Cpu / run.Cpu, arm == CachedPagesBenchmark.Baseline ? "" : PerRound(arm, page));
            }
        }

        var encoding = AcceptEncoding is null ? "" : $" and Accept-Encoding: {AcceptEncoding} (bytes as this build served them: {ServedEncoding ?? "not compressed"})";
        return table + $"\nwrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s with a browser's user agent{encoding} after {WarmUp.TotalSeconds:0} s of warm-up, medians of {Samples.Max(s => s.Round)} rounds; "
            + "the arms alternate within each round, one process per page. CPU: the server's user + system time over the requests answered (from /proc).\n";
    }

    private (double Rps, double P99, double Cpu) Median(string arm, string page)
    {
        var runs = Samples.Where(s => s.Arm == arm && s.Page == page).Select(s => s.Run).ToList();
        return (Statistics.Median(runs.Select(r => r.Wrk.RequestsPerSecond).ToList()), Statistics.Median(runs.Select(r => r.Wrk.P99LatencyMs).ToList()),
            Statistics.Median(runs.Select(r => r.CpuPerRequest.TotalMicroseconds).ToList()));
    }

    private string PerRound(string arm, string page) => string.Join(", ", Samples.Where(s => s.Arm == arm && s.Page == page).Select(s =>
        (s.Run.Wrk.RequestsPerSecond / Samples.Single(b => b.Round == s.Round && b.Arm == CachedPagesBenchmark.Baseline && b.Page == page).Run.Wrk.RequestsPerSecond)
            .ToString("0.00", CultureInfo.InvariantCulture)));
}
