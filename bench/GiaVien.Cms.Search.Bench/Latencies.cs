using System.Diagnostics;

namespace GiaVien.Cms.Search.Bench;

/// <summary>Runs a query function from several clients at once and reports latency percentiles.</summary>
public static class Latencies
{
    public static (double P50, double P99) Measure(IReadOnlyList<string> queries, int clients, int perClient, Action<string> run)
    {
        foreach (var query in queries.Take(50))
        {
            run(query);
        }

        var samples = new double[clients * perClient];
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, client =>
        {
            for (var i = 0; i < perClient; i++)
            {
                var started = Stopwatch.GetTimestamp();
                run(queries[(client * 7919 + i) % queries.Count]);
                samples[client * perClient + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        Array.Sort(samples);
        return (Percentile(samples, 0.50), Percentile(samples, 0.99));
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
