using System.Diagnostics;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Runs a query function from several clients at once and reports latency percentiles, and the process CPU time
/// per query: on a machine shared with other jobs the latencies mostly measure the queue for the cores, the CPU
/// time what a query costs.
/// </summary>
public static class Latencies
{
    public static (double P50, double P99, double CpuMs) Measure(IReadOnlyList<string> queries, int clients, int perClient, Action<string> run)
    {
        foreach (var query in queries.Take(50))
        {
            run(query);
        }

        var samples = new double[clients * perClient];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, client =>
        {
            for (var i = 0; i < perClient; i++)
            {
                var started = Stopwatch.GetTimestamp();
                run(queries[(client * 7919 + i) % queries.Count]);
                samples[client * perClient + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / samples.Length;
        Array.Sort(samples);
        return (Percentile(samples, 0.50), Percentile(samples, 0.99), cpuMs);
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
