using System.Diagnostics;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Runs two query functions from several clients at once, interleaved query by query, and reports latency
/// percentiles and the querying thread's own CPU time per query: on a machine shared with other jobs the latencies
/// mostly measure the queue for the cores, the CPU time what a query costs.
/// </summary>
public static class Latencies
{
    /// <summary>How many samples of each function a round has at least: its p99 is then at worst the 2nd-slowest.</summary>
    public const int SamplesPerRound = 200;

    private const int MaxRounds = 10;

    /// <param name="RoundP99s">The p99 of each round alone, in the order run, to show how far one run's p99 can move.</param>
    public record Figures(double P50, double P99, double CpuMs, IReadOnlyList<double> RoundP99s);

    /// <summary>
    /// Each client asks every query of its share of both functions, one right after the other, the first of the pair
    /// alternating; so a burst of load from other jobs falls on both alike, which blocks of rounds did not ensure
    /// (a p99 of a few hundred samples is a handful of queries, and one pre-empted query moves it). The run is cut
    /// into rounds of at least <see cref="SamplesPerRound"/> samples each for the spread of the p99.
    /// </summary>
    public static (Figures Ours, Figures Theirs) Compare(IReadOnlyList<string> queries, int clients, int perClient, Action<string> ours, Action<string> theirs)
    {
        Warm(queries, ours);
        Warm(queries, theirs);
        var rounds = Math.Clamp(clients * perClient / SamplesPerRound, 1, MaxRounds);
        var (oursRounds, theirsRounds) = (new List<Sample[]>(), new List<Sample[]>());
        for (var round = 0; round < rounds; round++)
        {
            var count = perClient / rounds + (round < perClient % rounds ? 1 : 0);
            var offset = round * (perClient / rounds + 1);
            var (oursSamples, theirsSamples) = Run(queries, clients, count, offset, ours, theirs);
            oursRounds.Add(oursSamples);
            theirsRounds.Add(theirsSamples);
        }

        return (Summarise(oursRounds), Summarise(theirsRounds));
    }

    private readonly record struct Sample(double WallMs, double CpuMs);

    private static void Warm(IReadOnlyList<string> queries, Action<string> run)
    {
        foreach (var query in queries.Take(50))
        {
            run(query);
        }
    }

    private static (Sample[] Ours, Sample[] Theirs) Run(IReadOnlyList<string> queries, int clients, int perClient, int offset, Action<string> ours, Action<string> theirs)
    {
        var (oursSamples, theirsSamples) = (new Sample[clients * perClient], new Sample[clients * perClient]);
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, client =>
        {
            for (var i = 0; i < perClient; i++)
            {
                var query = queries[(client * 7919 + offset + i) % queries.Count];
                var at = client * perClient + i;
                if ((client + i) % 2 == 0)
                {
                    oursSamples[at] = Time(ours, query);
                    theirsSamples[at] = Time(theirs, query);
                }
                else
                {
                    theirsSamples[at] = Time(theirs, query);
                    oursSamples[at] = Time(ours, query);
                }
            }
        });
        return (oursSamples, theirsSamples);
    }

    private static Sample Time(Action<string> run, string query)
    {
        var cpu = ThreadCpu.Nanoseconds();
        var started = Stopwatch.GetTimestamp();
        run(query);
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new Sample(wall, (ThreadCpu.Nanoseconds() - cpu) / 1e6);
    }

    private static Figures Summarise(List<Sample[]> rounds)
    {
        var all = Sorted(rounds.SelectMany(r => r));
        var cpuMs = rounds.SelectMany(r => r).Average(s => s.CpuMs);
        return new Figures(Percentile(all, 0.50), Percentile(all, 0.99), cpuMs, rounds.Select(r => Percentile(Sorted(r), 0.99)).ToList());
    }

    private static double[] Sorted(IEnumerable<Sample> samples)
    {
        var sorted = samples.Select(s => s.WallMs).ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
