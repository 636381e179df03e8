using System.Globalization;
using System.Text;
using GiaVien.Cms.Bench.Infrastructure;
using static System.FormattableString;

namespace GiaVien.Cms.Bench.Visits;

/// <summary>
/// The counter's verdict, by the server's CPU time per request (what neighbours on a shared machine disturb least).
/// Each round measures on and off back to back (the order alternates), so its on/off ratio compares runs that met the
/// same neighbours; the cost is the median of those ratios. The counter "costs nothing measurable" when that median
/// lies inside the middle half (25th to 75th percentile) of the off arm's runs against their own median: the counter's
/// typical effect is no larger than how far the same build with the counter off strays from itself in this run.
/// </summary>
internal sealed record VisitsResult(IReadOnlyList<VisitsSample> Samples, IReadOnlyList<string> Builds, int Threads, int Connections, TimeSpan Duration)
{
    public string ToMarkdown()
    {
        var off = Median(AbBuilds.Current, false, s => s.Run.Wrk.RequestsPerSecond);
        var table = new MarkdownTable("District article, output cache", "CPU µs/request", "requests/s", "ratio to counter off (req/s)", "views written",
            "GCs gen0/1/2 per run", "GC pause ms per run", "allocated B/request", "pool threads at end", "database ms per run");
        foreach (var build in Builds)
        {
            foreach (var on in new[] { false, true })
            {
                double Of(Func<VisitsSample, double> measure) => Median(build, on, measure);
                double Counter(Func<ServerCounters, double> measure) => Of(s => s.Counters is { } c ? measure(c) : double.NaN);
                table.Row($"{build}, counter {(on ? "on" : "off")}", Of(s => s.Run.CpuPerRequest.TotalMicroseconds), Of(s => s.Run.Wrk.RequestsPerSecond),
                    Of(s => s.Run.Wrk.RequestsPerSecond) / off, Of(s => s.ViewsWritten),
                    $"{Counter(c => c.Gen0):0}/{Counter(c => c.Gen1):0}/{Counter(c => c.Gen2):0}", Counter(c => c.PauseMs), Counter(c => c.AllocatedBytesPerRequest),
                    Counter(c => c.PoolThreads), Counter(c => c.DatabaseMs));
            }
        }

        var text = new StringBuilder(table.ToString());
        text.AppendLine(Invariant($"\nwrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s with a browser's user agent, medians of {Samples.Count / (2 * Builds.Count)} rounds; ")
            + "on and off run back to back in each round, in alternating order.\n");
        foreach (var build in Builds)
        {
            text.AppendLine(Verdict(build));
        }

        return text.ToString();
    }

    /// <summary>The per-round CPU ratios, their median and range, the off arm's own spread and what they say.</summary>
    public string Verdict(string build)
    {
        var rounds = Samples.Where(s => s.Build == build).GroupBy(s => s.Round).OrderBy(r => r.Key)
            .Select(r => (On: Cpu(r.Single(s => s.CounterOn)), Off: Cpu(r.Single(s => !s.CounterOn)))).ToList();
        var ratios = rounds.Select(r => r.On / r.Off).ToList();
        var offMedian = Statistics.Median(rounds.Select(r => r.Off).ToList());
        var offAgainstItself = rounds.Select(r => r.Off / offMedian).ToList();
        var (low, high) = (Statistics.Percentile(offAgainstItself, 25), Statistics.Percentile(offAgainstItself, 75));
        var cost = Statistics.Median(ratios);
        var measurable = cost < low || cost > high;
        return Invariant($"{build}: CPU per request, counter on ÷ off, per round: {string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}; ")
            + Invariant($"median **{cost:0.00}** (range {ratios.Min():0.00}–{ratios.Max():0.00}). Counter off against its own median: middle half {low:0.00}–{high:0.00}. ")
            + (measurable ? "**The counter's cost is measurable** (the median lies outside that band)." : "**Nothing measurable**: the median lies inside that band.");
    }

    private static double Cpu(VisitsSample sample) => sample.Run.CpuPerRequest.TotalMicroseconds;

    private double Median(string build, bool on, Func<VisitsSample, double> measure) =>
        Statistics.Median(Samples.Where(s => s.Build == build && s.CounterOn == on).Select(measure).ToList());
}
