using GiaVien.Cms.Bench.Article;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Throughput;
using GiaVien.Cms.Bench.Visits;

namespace GiaVien.Cms.Bench.CachedPages;

/// <summary>
/// Issue 13's first target in one command: the district's article, home and category pages served from the output
/// cache with the default configuration (a browser's user agent, so the visit counter counts them as it would count
/// residents), each against the empty app serving the very same bytes. Optionally a reference build of the CMS
/// (another commit) runs on its own installation as a third arm. The arms alternate round after round; for each run the
/// rate and the server's CPU time per request are kept, and the medians are compared.
/// </summary>
internal static class CachedPagesBenchmark
{
    public const string Baseline = "bare Kestrel";
    public const string ThisBuild = AbBuilds.Current;
    public const string Reference = AbBuilds.Reference;

    public static readonly IReadOnlyList<(string Name, string Path)> Pages =
    [
        ("article", ArticleBenchmark.ArticlePath),
        ("home", "/"),
        ("category", "/chuyen-muc/kinh-te"),
    ];

    private static readonly string[] Headers = [VisitsBenchmark.BrowserAgent];

    /// <param name="warmUp">
    /// Load before each measured run, the same for every arm. Three seconds (the default of <see cref="MeasuredLoad"/>)
    /// were too short for the CMS: a fresh process still has start-up work going (the district's catch-up of shared news
    /// 10 s after the start, first queries), and a profile of a cached article under load found its middleware still at
    /// the JIT's first tier and the JIT itself at 14 % of the server's samples: the measured run timed the JIT, not
    /// the page. The bare app has little to compile, so the short warm-up favoured it.
    /// </param>
    public static async Task<CachedPagesResult> RunAsync(string? referenceFolder, int rounds, int threads, int connections, TimeSpan duration, TimeSpan warmUp, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("cachedpages");
        var builds = AbBuilds.CurrentAndOptional(referenceFolder);
        var data = await builds.SetUpDemosAsync(work, progress);

        var bodies = await BodiesAsync(work, data[ThisBuild]);
        var arms = builds.Select(b => b.Name).Append(Baseline).ToList();
        var samples = new List<CachedPageSample>();
        for (var round = 1; round <= rounds; round++)
        {
            // Rotated each round, so no arm always runs first (or right after a JIT-heavy set-up).
            foreach (var arm in arms.Skip((round - 1) % arms.Count).Concat(arms.Take((round - 1) % arms.Count)))
            {
                foreach (var (page, path) in Pages)
                {
                    var run = arm == Baseline
                        ? await MeasureBaselineAsync(work, bodies[page], threads, connections, duration, warmUp)
                        : await MeasureCmsAsync(data[arm], builds.First(b => b.Name == arm).Dll, path, threads, connections, duration, warmUp);
                    progress.WriteLine($"round {round}, {arm}, {page}: {run.Wrk.RequestsPerSecond:0} req/s, {run.CpuPerRequest.TotalMicroseconds:0.0} µs CPU/request");
                    samples.Add(new CachedPageSample(round, arm, page, run));
                }
            }
        }

        return new CachedPagesResult(samples, arms, bodies.ToDictionary(b => b.Key, b => b.Value.Length), threads, connections, duration, warmUp);
    }

    /// <summary>Each page's bytes as the CMS serves them, saved for the baseline (which checks it serves exactly those).</summary>
    private static async Task<Dictionary<string, byte[]>> BodiesAsync(WorkFolder work, string dataPath)
    {
        var bodies = new Dictionary<string, byte[]>();
        await using var server = BenchApps.StartCms(dataPath);
        await server.WaitForOkAsync();
        foreach (var (page, path) in Pages)
        {
            bodies[page] = await server.Client.GetByteArrayAsync(path);
            await File.WriteAllBytesAsync(Path.Combine(work.Path, page + ".html"), bodies[page]);
        }

        return bodies;
    }

    private static async Task<MeasuredRun> MeasureCmsAsync(string dataPath, string dll, string path, int threads, int connections, TimeSpan duration, TimeSpan warmUp)
    {
        // A fresh process per page, as the baseline has: no page's run warms or tires the next one's.
        await using var server = BenchApps.StartCms(dataPath, cmsDll: dll);
        await server.WaitForOkAsync(path);
        return await MeasuredLoad.RunAsync(server, new Uri(server.Client.BaseAddress!, path), threads, connections, duration, Headers, warmUp);
    }

    private static async Task<MeasuredRun> MeasureBaselineAsync(WorkFolder work, byte[] body, int threads, int connections, TimeSpan duration, TimeSpan warmUp)
    {
        var file = Path.Combine(work.Path, $"baseline-{body.Length}.html");
        await File.WriteAllBytesAsync(file, body);
        await using var server = BenchApps.StartBaseline(work.Path, file);
        await server.WaitForOkAsync();
        if (!(await server.Client.GetByteArrayAsync("/")).AsSpan().SequenceEqual(body))
        {
            throw new InvalidOperationException("The baseline did not serve the page's bytes.");
        }

        return await MeasuredLoad.RunAsync(server, server.Client.BaseAddress!, threads, connections, duration, Headers, warmUp);
    }
}
