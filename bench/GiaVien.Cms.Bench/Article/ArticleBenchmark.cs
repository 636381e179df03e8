using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.Article;

/// <summary>
/// The theme's pages under load (giavien-demo installation, wrk on loopback): an article page served from the output
/// cache and rendered on every request (cache turned off), and the home page uncached (its list query reads no body),
/// each against the empty app serving the very same bytes in the same run.
/// </summary>
internal static class ArticleBenchmark
{
    public const string ArticlePath = "/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024";

    private static readonly Dictionary<string, string> Uncached = new() { ["Cms__OutputCache__Enabled"] = "false" };

    public static async Task<ArticleResult> RunAsync(int threads, int connections, TimeSpan duration, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("article");
        var data = work.Sub("data");
        await BenchApps.SetUpDemoAsync(data);

        var cached = await MeasureAsync(BenchApps.StartCms(data), ArticlePath, threads, connections, duration);
        progress.WriteLine($"article, cached: {cached.Wrk.RequestsPerSecond:0} req/s ({cached.Body.Length} bytes)");
        var uncached = await MeasureAsync(BenchApps.StartCms(data, Uncached), ArticlePath, threads, connections, duration);
        progress.WriteLine($"article, uncached: {uncached.Wrk.RequestsPerSecond:0} req/s");
        var home = await MeasureAsync(BenchApps.StartCms(data, Uncached), "/", threads, connections, duration);
        progress.WriteLine($"home, uncached: {home.Wrk.RequestsPerSecond:0} req/s ({home.Body.Length} bytes)");
        var articleBaseline = await BaselineAsync(work, "article.html", cached.Body, threads, connections, duration);
        progress.WriteLine($"baseline, article bytes: {articleBaseline.RequestsPerSecond:0} req/s");
        var homeBaseline = await BaselineAsync(work, "home.html", home.Body, threads, connections, duration);
        progress.WriteLine($"baseline, home bytes: {homeBaseline.RequestsPerSecond:0} req/s");
        // The two CMS runs are not compared byte for byte: each process listens on its own port, which canonical URLs contain.
        return new ArticleResult(cached.Wrk, uncached.Wrk, articleBaseline, home.Wrk, homeBaseline, cached.Body.Length, home.Body.Length, threads, connections, duration);
    }

    private static async Task<WrkResult> BaselineAsync(WorkFolder work, string file, byte[] body, int threads, int connections, TimeSpan duration)
    {
        var bodyFile = Path.Combine(work.Path, file);
        await File.WriteAllBytesAsync(bodyFile, body);
        var (wrk, served) = await MeasureAsync(BenchApps.StartBaseline(work.Path, bodyFile), "/", threads, connections, duration);
        return served.AsSpan().SequenceEqual(body) ? wrk : throw new InvalidOperationException("The baseline did not serve the page's bytes.");
    }

    private static async Task<(WrkResult Wrk, byte[] Body)> MeasureAsync(ServerProcess server, string path, int threads, int connections, TimeSpan duration)
    {
        await using (server)
        {
            await server.WaitForOkAsync();
            var url = new Uri(server.Client.BaseAddress!, path);
            var body = await server.Client.GetByteArrayAsync(url);
            // A short run first: JIT tiering, connection set-up and the first (cache-filling) render stay out of the measured run.
            await Wrk.RunAsync(url, threads, connections, TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds)));
            return (await Wrk.RunAsync(url, threads, connections, duration), body);
        }
    }
}

internal sealed record ArticleResult(
    WrkResult Cached, WrkResult Uncached, WrkResult ArticleBaseline, WrkResult HomeUncached, WrkResult HomeBaseline,
    int ArticleBytes, int HomeBytes, int Threads, int Connections, TimeSpan Duration)
{
    public string ToMarkdown() =>
        $"wrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s on loopback, giavien-demo; article {ArticleBytes} bytes, home {HomeBytes} bytes\n\n" +
        new MarkdownTable("Server and page", "requests/s", "p99 ms", "non-2xx", "ratio to baseline (req/s)")
            .Row("Bare Kestrel app, article bytes (baseline)", ArticleBaseline.RequestsPerSecond, ArticleBaseline.P99LatencyMs, ArticleBaseline.NonSuccess, 1.0)
            .Row("GiaVien.Cms article, output cache", Cached.RequestsPerSecond, Cached.P99LatencyMs, Cached.NonSuccess, Cached.RequestsPerSecond / ArticleBaseline.RequestsPerSecond)
            .Row("GiaVien.Cms article, rendered every time", Uncached.RequestsPerSecond, Uncached.P99LatencyMs, Uncached.NonSuccess, Uncached.RequestsPerSecond / ArticleBaseline.RequestsPerSecond)
            .Row("Bare Kestrel app, home bytes (baseline)", HomeBaseline.RequestsPerSecond, HomeBaseline.P99LatencyMs, HomeBaseline.NonSuccess, 1.0)
            .Row("GiaVien.Cms home, rendered every time", HomeUncached.RequestsPerSecond, HomeUncached.P99LatencyMs, HomeUncached.NonSuccess, HomeUncached.RequestsPerSecond / HomeBaseline.RequestsPerSecond);
}
