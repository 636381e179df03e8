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

    /// <summary>
    /// A browser's user agent and, with <paramref name="acceptEncoding"/> (<c>--accept-encoding "gzip, deflate, br, zstd"</c>,
    /// what browsers send), its <c>Accept-Encoding</c>: wrk sends none, so without it no run sees what compression costs.
    /// </summary>
    private static string[] Headers(string? acceptEncoding) =>
        acceptEncoding is null ? [VisitsBenchmark.BrowserAgent] : [VisitsBenchmark.BrowserAgent, "Accept-Encoding: " + acceptEncoding];

    /// <param name="warmUp">
    /// Load before each measured run, the same for every arm. Three seconds (the default of <see cref="MeasuredLoad"/>)
    /// were too short for the CMS: a fresh process still has start-up work going (the district's catch-up of shared news
    /// 10 s after the start, first queries), and a profile of a cached article under load found its middleware still at
    /// the JIT's first tier and the JIT itself at 14 % of the server's samples: the measured run timed the JIT, not
    /// the page. The bare app has little to compile, so the short warm-up favoured it.
    /// </param>
    /// <param name="acceptEncoding">
    /// Sent by every arm. The bare app then serves the very bytes this build answered, compressed as they are and with
    /// the same <c>Content-Encoding</c>: a precompressed file, as a cached entry is.
    /// </param>
    public static async Task<CachedPagesResult> RunAsync(string? referenceFolder, int rounds, int threads, int connections, TimeSpan duration, TimeSpan warmUp,
        string? acceptEncoding, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("cachedpages");
        var builds = AbBuilds.CurrentAndOptional(referenceFolder);
        var data = await builds.SetUpDemosAsync(work, progress);

        var headers = Headers(acceptEncoding);
        var bodies = await BodiesAsync(work, data[ThisBuild], acceptEncoding);
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
                        ? await MeasureBaselineAsync(work, bodies[page], threads, connections, duration, warmUp, headers)
                        : await MeasureCmsAsync(data[arm], builds.First(b => b.Name == arm).Dll, path, threads, connections, duration, warmUp, headers);
                    progress.WriteLine($"round {round}, {arm}, {page}: {run.Wrk.RequestsPerSecond:0} req/s, {run.CpuPerRequest.TotalMicroseconds:0.0} µs CPU/request");
                    samples.Add(new CachedPageSample(round, arm, page, run));
                }
            }
        }

        return new CachedPagesResult(samples, arms, bodies.ToDictionary(b => b.Key, b => b.Value.Bytes.Length), threads, connections, duration, warmUp, acceptEncoding,
            bodies.Values.Select(b => b.Encoding).FirstOrDefault(e => e is not null));
    }

    /// <summary>A page's bytes as the CMS serves them (compressed with <see cref="Encoding"/>, if at all).</summary>
    private sealed record Body(byte[] Bytes, string? Encoding);

    /// <summary>Each page's bytes as the CMS serves them, saved for the baseline (which checks it serves exactly those).</summary>
    private static async Task<Dictionary<string, Body>> BodiesAsync(WorkFolder work, string dataPath, string? acceptEncoding)
    {
        var bodies = new Dictionary<string, Body>();
        await using var server = BenchApps.StartCms(dataPath);
        await server.WaitForOkAsync();
        foreach (var (page, path) in Pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (acceptEncoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }

            using var response = await server.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            bodies[page] = new Body(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());
            await File.WriteAllBytesAsync(Path.Combine(work.Path, page + ".html"), bodies[page].Bytes);
        }

        return bodies;
    }

    private static async Task<MeasuredRun> MeasureCmsAsync(string dataPath, string dll, string path, int threads, int connections, TimeSpan duration, TimeSpan warmUp,
        IReadOnlyList<string> headers)
    {
        // A fresh process per page, as the baseline has: no page's run warms or tires the next one's.
        await using var server = BenchApps.StartCms(dataPath, cmsDll: dll);
        await server.WaitForOkAsync(path);
        return await MeasuredLoad.RunAsync(server, new Uri(server.Client.BaseAddress!, path), threads, connections, duration, headers, warmUp);
    }

    private static async Task<MeasuredRun> MeasureBaselineAsync(WorkFolder work, Body body, int threads, int connections, TimeSpan duration, TimeSpan warmUp,
        IReadOnlyList<string> headers)
    {
        var file = Path.Combine(work.Path, $"baseline-{body.Bytes.Length}.html");
        await File.WriteAllBytesAsync(file, body.Bytes);
        await using var server = BenchApps.StartBaseline(work.Path, file, body.Encoding);
        await server.WaitForOkAsync();
        if (!(await server.Client.GetByteArrayAsync("/")).AsSpan().SequenceEqual(body.Bytes))
        {
            throw new InvalidOperationException("The baseline did not serve the page's bytes.");
        }

        return await MeasuredLoad.RunAsync(server, server.Client.BaseAddress!, threads, connections, duration, headers, warmUp);
    }
}
