using System.Text;
using System.Text.RegularExpressions;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Province;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.Uncached;

/// <summary>
/// Issue 13's uncached pages: the district's article, home, category and search pages of a <c>giavien-demo</c>
/// installation rendered on every request (output cache off), each against the empty app serving that page's very bytes,
/// and, with a reference build (<c>--reference</c>, e.g. <c>main</c> before a change), the same pages of that build on
/// its own installation. Builds and the bare app alternate within each round; medians are compared, with the server's
/// CPU time per request read from /proc (less disturbed by a busy machine than the rate).
/// </summary>
internal static partial class UncachedBenchmark
{
    public const string ThisBuild = AbBuilds.Current;
    public const string Reference = AbBuilds.Reference;
    public const string Bare = "bare Kestrel";

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Cms__OutputCache__Enabled"] = "false",
        // wrk is one client: the search page's limit per client would answer 429 after 30 requests.
        ["Cms__Search__RateLimitPermits"] = "1000000000",
    };

    /// <param name="warmUp">
    /// Load on each page before its measured run, the same for every build and the bare app. Two seconds were far too
    /// short: the article, the first page measured after each start, ran at the JIT's first tier with the JIT's
    /// background compilation beside it (18 % of the server's samples in a profile of its first 20 s). Loaded alone
    /// after a start (load 22–33), the reference's article cost 1,302 µs a request 8–16 s in, 519 at 24–32 s and
    /// 280–306 from 40 s on; ten seconds of warm-up still measured 1,500–1,980 µs. Hence 40 s by default.
    /// </param>
    public static async Task<UncachedResult> RunAsync(string? referenceFolder, int rounds, int threads, int connections, TimeSpan duration, TimeSpan warmUp, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("uncached");
        var builds = AbBuilds.CurrentAndOptional(referenceFolder);
        var data = await builds.SetUpDemosAsync(work, progress);

        var samples = new List<UncachedSample>();
        Dictionary<string, byte[]>? bodies = null;
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, dll) in builds.InRoundOrder(round))
            {
                await using var server = BenchApps.StartCms(data[name], Settings, dll);
                await server.WaitForOkAsync();
                var pages = await PagesAsync(server);
                if (name == ThisBuild)
                {
                    bodies ??= await BodiesAsync(server, pages);
                }

                foreach (var (page, path) in pages)
                {
                    samples.Add(await MeasureAsync(server, name, page, path, threads, connections, duration, warmUp, progress));
                }
            }

            foreach (var (page, body) in bodies!)
            {
                var bodyFile = Path.Combine(work.Path, page + ".html");
                await File.WriteAllBytesAsync(bodyFile, body);
                await using var baseline = BenchApps.StartBaseline(work.Path, bodyFile);
                await baseline.WaitForOkAsync();
                if (!(await baseline.Client.GetByteArrayAsync("/")).AsSpan().SequenceEqual(body))
                {
                    throw new InvalidOperationException("The baseline did not serve the page's bytes.");
                }

                samples.Add(await MeasureAsync(baseline, Bare, page, "/", threads, connections, duration, warmUp, progress));
            }
        }

        return new UncachedResult(samples, bodies!.ToDictionary(b => b.Key, b => b.Value.Length), rounds, threads, connections, duration, warmUp);
    }

    /// <summary>The four pages, the category being the first one the home page links to.</summary>
    private static async Task<List<(string Page, string Path)>> PagesAsync(ServerProcess server)
    {
        var home = await server.Client.GetStringAsync("/");
        var category = CategoryLink().Match(home) is { Success: true } link ? link.Groups[1].Value : throw new InvalidOperationException("The home page links to no category.");
        return
        [
            ("article", Article.ArticleBenchmark.ArticlePath),
            ("home", "/"),
            ("category", category),
            ("search", "/tim-kiem?q=" + Uri.EscapeDataString("Gia Viễn")),
        ];
    }

    private static async Task<Dictionary<string, byte[]>> BodiesAsync(ServerProcess server, IEnumerable<(string Page, string Path)> pages)
    {
        var bodies = new Dictionary<string, byte[]>();
        foreach (var (page, path) in pages)
        {
            using var response = await server.Client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            bodies[page] = response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        return bodies;
    }

    private static async Task<UncachedSample> MeasureAsync(ServerProcess server, string build, string page, string path, int threads, int connections, TimeSpan duration,
        TimeSpan warmUp, TextWriter progress)
    {
        var run = await MeasuredLoad.RunAsync(server, new Uri(server.Client.BaseAddress!, path), threads, connections, duration, warmUp: warmUp);
        progress.WriteLine($"{build}, {page}: {run.Wrk.RequestsPerSecond:0} req/s, {run.CpuPerRequest.TotalMicroseconds:0} µs CPU/request, {run.Wrk.NonSuccess} non-2xx");
        return new UncachedSample(build, page, run.Wrk, run.CpuPerRequest);
    }

    [GeneratedRegex("href=\"(/chuyen-muc/[a-z0-9-]+)\"")]
    private static partial Regex CategoryLink();
}
