using GiaVien.Cms.Bench.Article;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;
using Microsoft.Data.Sqlite;

namespace GiaVien.Cms.Bench.Visits;

/// <summary>
/// The cost of the visit counter on a page served from the output cache, where it matters most (the page itself costs
/// almost nothing there): a <c>giavien-demo</c> installation per build, the district's article page loaded by wrk with
/// a browser's user agent, the "visits" feature switched on and off in the tenant's database between runs, alternating
/// round after round. A third arm keeps the counter on but sends a crawler's user agent of the same length, which the
/// counter does not count: the same page, the same bytes and the same switch, without the counting and the flush, so
/// the counter's own cost (on ÷ not counted) is told apart from what the feature adds to the page (not counted ÷ off).
/// With <c>--reference</c>, another build's counter runs in the same rounds, so a change to the counter is measured
/// against the counter before it as well as against no counter. The views written are read back after every run, so a
/// run that counted nothing, or counted the crawler, shows.
/// </summary>
internal static class VisitsBenchmark
{
    public const string BrowserAgent = "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    /// <summary>The browser's agent with "Safari/537.36" made "Crawlbot/5.36": as long (the same request bytes), but a robot's.</summary>
    public const string CrawlerAgent = "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Crawlbot/5.36";

    /// <param name="flushInterval">
    /// How often the server writes its counts. The bench's default is the product's (a minute): the measured cost is
    /// the counting per request, a run shorter than the interval holds no flush, and the flush's own CPU, once a minute,
    /// is measured apart (<c>bench/visit-flush-cpu.py</c>). A second is the stress arm: 60 flushes where the product
    /// makes one, so the flush's work is inside every measured run. Either way the server is stopped gracefully after
    /// each run and its last flush writes the rest, so "views written" holds every view counted.
    /// </param>
    public static async Task<VisitsResult> RunAsync(string? reference, int rounds, int threads, int connections, TimeSpan duration, TimeSpan warmUp, TimeSpan flushInterval, TextWriter progress)
    {
        var flush = new Dictionary<string, string> { ["Cms__Visits__FlushInterval"] = flushInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture) };
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("visits");
        var builds = AbBuilds.CurrentAndOptional(reference);
        var data = await builds.SetUpDemosAsync(work, progress);

        var samples = new List<VisitsSample>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var build in builds.InRoundOrder(round))
            {
                var database = Path.Combine(data[build.Name], "Sites", "default", "cms.db");
                foreach (var arm in CounterArms.InRoundOrder(round))
                {
                    var on = arm != CounterArm.Off;
                    await SwitchAsync(database, on);
                    var before = await WrittenAsync(database);
                    var countersFile = Path.Combine(work.Path, $"counters-{build.Slug}-{round}-{arm}.txt");
                    MeasuredRun result;
                    await using (var server = BenchApps.StartCms(data[build.Name], new Dictionary<string, string>(flush.Concat(ServerCounters.Environment(countersFile))), build.Dll))
                    {
                        // Ready, as a load balancer waits for it (a home page can answer before then): the runs are a second
                        // long in the smoke test, so a start still under way would be most of a run.
                        await server.WaitForOkAsync("/health/ready");
                        result = await MeasuredLoad.RunAsync(server, new Uri(server.Client.BaseAddress!, ArticleBenchmark.ArticlePath), threads, connections, duration, [arm == CounterArm.NotCounted ? CrawlerAgent : BrowserAgent], warmUp);
                        // Stopped as an operator stops it: the host's last flush writes what the interval had not, so every
                        // counted view is in the table whatever the interval (and a lost one would show).
                        await server.StopAsync(TimeSpan.FromSeconds(60));
                    }

                    var counted = await WrittenAsync(database) - before;
                    var counters = ServerCounters.Read(countersFile, result);
                    var refused = result.Wrk.NonSuccess > 0 ? RefusedRequests.Describe(data[build.Name], result.From, result.To) : null;
                    progress.WriteLine($"round {round}, {build.Name}, {CounterArms.Describe(arm)}: {result.Wrk.RequestsPerSecond:0} req/s, "
                        + $"{result.CpuPerRequest.TotalMicroseconds:0.0} µs CPU/request, {counted} views written; {counters}"
                        + (refused is null ? "" : $"; {result.Wrk.NonSuccess} not 2xx: {refused}"));
                    samples.Add(new VisitsSample(build.Name, round, arm, result, counted, counters, refused));
                }
            }
        }

        return new VisitsResult(samples, builds.Select(b => b.Name).ToList(), threads, connections, duration, flushInterval);
    }

    /// <summary>As "Tính năng" would leave it, written while no server runs (each start reads it afresh).</summary>
    private static async Task SwitchAsync(string database, bool on)
    {
        await using var connection = await OpenAsync(database);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE Features SET Enabled = $on WHERE FeatureId = 'visits'";
        update.Parameters.AddWithValue("$on", on);
        if (await update.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException("The demo district has no 'visits' feature row: is it still enabled by giavien-demo?");
        }
    }

    private static async Task<long> WrittenAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var sum = connection.CreateCommand();
        sum.CommandText = "SELECT COALESCE(SUM(Count), 0) FROM VisitCounts WHERE ContentItemId = ''";
        return Convert.ToInt64(await sum.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}

/// <param name="Refused">What the server's request log says of the run's answers that were not 2xx; null when there were none.</param>
internal sealed record VisitsSample(string Build, int Round, CounterArm Arm, MeasuredRun Run, long ViewsWritten, ServerCounters? Counters, string? Refused);
