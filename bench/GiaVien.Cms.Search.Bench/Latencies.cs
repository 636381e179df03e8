using System.Diagnostics;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Runs a query function from several clients at once and reports latency percentiles, and the process CPU time
/// per query: on a machine shared with other jobs the latencies mostly measure the queue for the cores, the CPU
/// time what a query costs.
/// </summary>
public static class Latencies
{
    public record Figures(double P50, double P99, double CpuMs);

    /// <summary>
    /// Measures two query functions in alternating rounds (A B B A …), so that a change in the machine's load during
    /// the run falls on both alike; each gets <paramref name="perClient"/> queries per client in all.
    /// </summary>
    public static (Figures Ours, Figures Theirs) Compare(IReadOnlyList<string> queries, int clients, int perClient, Action<string> ours, Action<string> theirs, int rounds = 4)
    {
        Warm(queries, ours);
        Warm(queries, theirs);
        var (oursSamples, theirsSamples) = (new List<double>(), new List<double>());
        var (oursCpu, theirsCpu) = (0.0, 0.0);
        rounds = Math.Clamp(rounds, 1, perClient);
        for (var round = 0; round < rounds; round++)
        {
            var count = perClient / rounds + (round < perClient % rounds ? 1 : 0);
            var offset = round * (perClient / rounds + 1);
            foreach (var isOurs in round % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var (samples, cpu) = Run(queries, clients, count, offset, isOurs ? ours : theirs);
                (isOurs ? oursSamples : theirsSamples).AddRange(samples);
                if (isOurs)
                {
                    oursCpu += cpu;
                }
                else
                {
                    theirsCpu += cpu;
                }
            }
        }

        return (Summarise(oursSamples, oursCpu), Summarise(theirsSamples, theirsCpu));
    }

    private static void Warm(IReadOnlyList<string> queries, Action<string> run)
    {
        foreach (var query in queries.Take(50))
        {
            run(query);
        }
    }

    private static (double[] Samples, double CpuMs) Run(IReadOnlyList<string> queries, int clients, int perClient, int offset, Action<string> run)
    {
        var samples = new double[clients * perClient];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, client =>
        {
            for (var i = 0; i < perClient; i++)
            {
                var started = Stopwatch.GetTimestamp();
                run(queries[(client * 7919 + offset + i) % queries.Count]);
                samples[client * perClient + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        return (samples, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static Figures Summarise(List<double> samples, double cpuMs)
    {
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return new Figures(Percentile(sorted, 0.50), Percentile(sorted, 0.99), cpuMs / Math.Max(1, sorted.Length));
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
