using System.Globalization;
using System.Text;
using GiaVien.Cms.Bench.Infrastructure;
using static System.FormattableString;

namespace GiaVien.Cms.Bench.Visits;

/// <summary>
/// The counter's verdicts, by the server's CPU time per request (what neighbours on a shared machine disturb least).
/// Each round measures the three arms back to back (the order rotates), so a ratio of two arms compares runs that met
/// the same neighbours; a cost is the median of those ratios per round. Two comparisons: on ÷ off (the feature as a
/// tenant sees it: the page's footer totals, the switch, the counting and the flush) and on ÷ not counted (the same
/// page: the counting and the flush alone). Either is "nothing measurable" when its median lies inside the middle half
/// (25th to 75th percentile) of its baseline arm's runs against their own median: the effect is no larger than how far
/// the same server strays from itself in this run.
/// </summary>
internal sealed record VisitsResult(IReadOnlyList<VisitsSample> Samples, IReadOnlyList<string> Builds, int Threads, int Connections, TimeSpan Duration, TimeSpan FlushInterval)
{
    /// <summary>The product's default <c>Cms:Visits:FlushInterval</c>, which the bench runs with unless told.</summary>
    public static readonly TimeSpan ProductFlushInterval = new GiaVien.Cms.Visits.VisitsOptions().FlushInterval;

    public string ToMarkdown()
    {
        var off = Median(AbBuilds.Current, CounterArm.Off, s => s.Run.Wrk.RequestsPerSecond);
        var table = new MarkdownTable("District article, output cache", "CPU µs/request", "requests/s", "ratio to counter off (req/s)", "views written",
            "GCs gen0/1/2 per run", "GC pause ms per run", "allocated B/request", "pool threads at end", "database ms per run");
        foreach (var build in Builds)
        {
            foreach (var arm in new[] { CounterArm.Off, CounterArm.NotCounted, CounterArm.On })
            {
                double Of(Func<VisitsSample, double> measure) => Median(build, arm, measure);
                double Counter(Func<ServerCounters, double> measure) => Of(s => s.Counters is { } c ? measure(c) : double.NaN);
                table.Row($"{build}, {CounterArms.Describe(arm)}", Of(s => s.Run.CpuPerRequest.TotalMicroseconds), Of(s => s.Run.Wrk.RequestsPerSecond),
                    Of(s => s.Run.Wrk.RequestsPerSecond) / off, Of(s => s.ViewsWritten),
                    $"{Counter(c => c.Gen0):0}/{Counter(c => c.Gen1):0}/{Counter(c => c.Gen2):0}", Counter(c => c.PauseMs), Counter(c => c.AllocatedBytesPerRequest),
                    Counter(c => c.PoolThreads), Counter(c => c.DatabaseMs));
            }
        }

        var text = new StringBuilder(table.ToString());
        text.AppendLine(Invariant($"\nwrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s with a browser's user agent, medians of {Samples.Count / (3 * Builds.Count)} rounds; ")
            + "the three arms run back to back in each round, in rotating order; \"not counted\" sends a crawler's user agent of the same length; "
            + Invariant($"counts written every {FlushInterval.TotalSeconds:0} s ")
            + (FlushInterval == ProductFlushInterval ? "(the product's default)" : "(the product's default is a minute)")
            + " and once more at the server's graceful stop after each run.\n");
        foreach (var build in Builds)
        {
            text.AppendLine(Verdict(build, CounterArm.Off));
            text.AppendLine(Verdict(build, CounterArm.NotCounted));
        }

        return text.ToString();
    }

    /// <summary>The per-round CPU ratios of the counter on against <paramref name="baseline"/>, their median and range, the baseline's own spread and what they say.</summary>
    public string Verdict(string build, CounterArm baseline)
    {
        var rounds = Samples.Where(s => s.Build == build).GroupBy(s => s.Round).OrderBy(r => r.Key)
            .Select(r => (On: Cpu(r.Single(s => s.Arm == CounterArm.On)), Base: Cpu(r.Single(s => s.Arm == baseline)))).ToList();
        var ratios = rounds.Select(r => r.On / r.Base).ToList();
        var baseMedian = Statistics.Median(rounds.Select(r => r.Base).ToList());
        var baseAgainstItself = rounds.Select(r => r.Base / baseMedian).ToList();
        var (low, high) = (Statistics.Percentile(baseAgainstItself, 25), Statistics.Percentile(baseAgainstItself, 75));
        var cost = Statistics.Median(ratios);
        var measurable = cost < low || cost > high;
        var name = CounterArms.Describe(baseline);
        return Invariant($"{build}: CPU per request, counter on ÷ {name}, per round: {string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}; ")
            + Invariant($"median **{cost:0.00}** (range {ratios.Min():0.00}–{ratios.Max():0.00}). {name} against its own median: middle half {low:0.00}–{high:0.00}. ")
            + (measurable ? "**Measurable** (the median lies outside that band)." : "**Nothing measurable**: the median lies inside that band.");
    }

    private static double Cpu(VisitsSample sample) => sample.Run.CpuPerRequest.TotalMicroseconds;

    private double Median(string build, CounterArm arm, Func<VisitsSample, double> measure) =>
        Statistics.Median(Samples.Where(s => s.Build == build && s.Arm == arm).Select(measure).ToList());
}
