using GiaVien.Cms.Bench.Article;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;
using Npgsql;

namespace GiaVien.Cms.Bench.Cluster;

/// <summary>
/// The demo installation on one SQLite node, one PostgreSQL node and two PostgreSQL nodes sharing Redis, each node
/// a process of its own; wrk loads the article page (rendered on every request: the output cache would only
/// measure memory) and the search API. With two nodes, one wrk per node with half the connections each, as a
/// round-robin load balancer would split them; the figures are summed (requests/s) or the worse taken (p99).
/// </summary>
internal static class ClusterBenchmark
{
    private const string SearchPath = "/api/search?q=gia+vien";

    private static readonly Dictionary<string, string> Measured = new()
    {
        ["Cms__OutputCache__Enabled"] = "false",
        ["Cms__Search__RateLimitPermits"] = "100000000",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    public static async Task<ClusterResult> RunAsync(string postgres, string redis, int threads, int connections, TimeSpan duration, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("cluster");
        // The SQLite node restarts on the demo installation (set up once per process, as the other benches' are); the
        // PostgreSQL nodes set up their own database.
        var sqliteData = work.Sub("sqlite");
        await BenchApps.SetUpDemoAsync(sqliteData);
        var sqlite = await MeasureAsync([await StartReadyAsync(sqliteData, new Dictionary<string, string>())], threads, connections, duration);
        progress.WriteLine($"SQLite, 1 node: article {sqlite.Article.RequestsPerSecond:0} req/s, search p99 {sqlite.Search.P99LatencyMs:0.0} ms");

        var database = "gv_bench_" + Guid.NewGuid().ToString("N")[..8];
        var distributed = new Dictionary<string, string>
        {
            ["Cms__Database__Provider"] = "PostgreSql",
            ["Cms__Database__PostgreSqlConnectionString"] = new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ToString(),
            ["Cms__Redis__Configuration"] = redis,
            ["Cms__Redis__KeyPrefix"] = database,
        };
        var first = await StartReadyAsync(work.Sub("node1"), distributed);
        var one = await MeasureAsync([first], threads, connections, duration, keepRunning: true);
        progress.WriteLine($"PostgreSQL, 1 node: article {one.Article.RequestsPerSecond:0} req/s, search p99 {one.Search.P99LatencyMs:0.0} ms");
        var second = await StartReadyAsync(work.Sub("node2"), distributed);
        var two = await MeasureAsync([first, second], threads, connections, duration);
        progress.WriteLine($"PostgreSQL, 2 nodes: article {two.Article.RequestsPerSecond:0} req/s, search p99 {two.Search.P99LatencyMs:0.0} ms");
        return new ClusterResult(sqlite, one, two, threads, connections, duration);
    }

    private static async Task<ServerProcess> StartReadyAsync(string data, IReadOnlyDictionary<string, string> settings)
    {
        var node = BenchApps.StartCms(data, new Dictionary<string, string>(Measured.Concat(settings)));
        await node.WaitForOkAsync(ArticleBenchmark.ArticlePath, TimeSpan.FromMinutes(3));
        await node.WaitForOkAsync(SearchPath);
        return node;
    }

    private static async Task<NodesResult> MeasureAsync(IReadOnlyList<ServerProcess> nodes, int threads, int connections, TimeSpan duration, bool keepRunning = false)
    {
        try
        {
            return new NodesResult(
                await LoadAsync(nodes, ArticleBenchmark.ArticlePath, threads, connections, duration),
                await LoadAsync(nodes, SearchPath, threads, connections, duration));
        }
        finally
        {
            if (!keepRunning)
            {
                foreach (var node in nodes)
                {
                    await node.DisposeAsync();
                }
            }
        }
    }

    /// <summary>The same total load, split evenly over the nodes.</summary>
    private static async Task<WrkResult> LoadAsync(IReadOnlyList<ServerProcess> nodes, string path, int threads, int connections, TimeSpan duration)
    {
        var perNodeThreads = Math.Max(1, threads / nodes.Count);
        var perNodeConnections = Math.Max(1, connections / nodes.Count);
        var urls = nodes.Select(n => new Uri(n.Client.BaseAddress!, path)).ToList();
        // Warm-up: JIT tiering and connection set-up stay out of the measured run.
        await Task.WhenAll(urls.Select(u => Wrk.RunAsync(u, perNodeThreads, perNodeConnections, TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds)))));
        var runs = await Task.WhenAll(urls.Select(u => Wrk.RunAsync(u, perNodeThreads, perNodeConnections, duration)));
        return new WrkResult(runs.Sum(r => r.RequestsPerSecond), runs.Max(r => r.P99LatencyMs), runs.Sum(r => r.Requests), runs.Sum(r => r.NonSuccess));
    }
}

internal sealed record NodesResult(WrkResult Article, WrkResult Search);

internal sealed record ClusterResult(NodesResult Sqlite, NodesResult OneNode, NodesResult TwoNodes, int Threads, int Connections, TimeSpan Duration)
{
    public string ToMarkdown() =>
        $"wrk, {Connections} connections in total for {Duration.TotalSeconds:0}s on loopback (split over the nodes), giavien-demo, output cache off\n\n" +
        new MarkdownTable("Installation", "article req/s", "article p99 ms", "search req/s", "search p99 ms", "non-2xx", "article req/s ratio", "search p99 ratio")
            .Row("PostgreSQL + Redis, 1 node (baseline)", OneNode.Article.RequestsPerSecond, OneNode.Article.P99LatencyMs, OneNode.Search.RequestsPerSecond, OneNode.Search.P99LatencyMs,
                OneNode.Article.NonSuccess + OneNode.Search.NonSuccess, 1.0, 1.0)
            .Row("PostgreSQL + Redis, 2 nodes", TwoNodes.Article.RequestsPerSecond, TwoNodes.Article.P99LatencyMs, TwoNodes.Search.RequestsPerSecond, TwoNodes.Search.P99LatencyMs,
                TwoNodes.Article.NonSuccess + TwoNodes.Search.NonSuccess, TwoNodes.Article.RequestsPerSecond / OneNode.Article.RequestsPerSecond, TwoNodes.Search.P99LatencyMs / OneNode.Search.P99LatencyMs)
            .Row("SQLite, 1 node", Sqlite.Article.RequestsPerSecond, Sqlite.Article.P99LatencyMs, Sqlite.Search.RequestsPerSecond, Sqlite.Search.P99LatencyMs,
                Sqlite.Article.NonSuccess + Sqlite.Search.NonSuccess, Sqlite.Article.RequestsPerSecond / OneNode.Article.RequestsPerSecond, Sqlite.Search.P99LatencyMs / OneNode.Search.P99LatencyMs)
        + $"\nPostgreSQL ÷ SQLite, one node, article requests/s: {OneNode.Article.RequestsPerSecond / Sqlite.Article.RequestsPerSecond:0.00}\n";
}
