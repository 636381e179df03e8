using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GiaVien.Cms.Bench.Article;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Province;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.ContentModel;

/// <summary>
/// Issue 14's figures as an A/B in one run: this build against a reference build of the commit before the content-model
/// redesign, each on its own installation of the same district (<see cref="BenchRecipes"/>). Per round, builds alternating:
/// a district article under wrk with the output cache on and off, a rebuild of the district's search index from the
/// admin, and communes created from the admin with the <c>giavien-commune</c> recipe until each serves its home page.
/// The server's own CPU time (from /proc) is what the figures rest on; wall-clock rates are shown beside them.
/// </summary>
internal static partial class ContentModelBenchmark
{
    public static async Task<ContentModelResult> RunAsync(string referenceFolder, ContentModelOptions options, TextWriter progress)
    {
        await Wrk.EnsureInstalledAsync(progress);
        using var work = new WorkFolder("content-model");
        var builds = AbBuilds.Of(referenceFolder);
        var installations = await Installation.SetUpAllAsync(builds, work, options.Articles, progress);

        var samples = new List<ContentModelSample>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var cached in new[] { true, false })
            {
                foreach (var build in builds.InRoundOrder(round))
                {
                    samples.Add(await ArticleAsync(installations[build.Name], cached, options));
                    progress.WriteLine($"round {round}, {samples[^1]}");
                }
            }

            foreach (var build in builds.InRoundOrder(round))
            {
                await using var server = installations[build.Name].Start(outputCache: true);
                await server.WaitForOkAsync(timeout: TimeSpan.FromMinutes(2));
                using var admin = await AdminSession.SignInAsync(server);
                samples.Add(await IndexRebuildAsync(server, admin, build.Name));
                progress.WriteLine($"round {round}, {samples[^1]}");
                samples.Add(await CommunesAsync(server, admin, build.Name, round, options.Communes));
                progress.WriteLine($"round {round}, {samples[^1]}");
            }
        }

        return new ContentModelResult(samples, options);
    }

    private static async Task<ContentModelSample> ArticleAsync(Installation installation, bool cached, ContentModelOptions options)
    {
        await using var server = installation.Start(cached);
        await server.WaitForOkAsync(ArticleBenchmark.ArticlePath, TimeSpan.FromMinutes(2));
        var url = new Uri(server.Client.BaseAddress!, ArticleBenchmark.ArticlePath);
        // A short run first: JIT tiering, connections and the first (cache-filling) render stay out of the measured run.
        await Wrk.RunAsync(url, options.Threads, options.Connections, TimeSpan.FromSeconds(Math.Min(3, options.Duration.TotalSeconds)));
        var cpuBefore = ProcessProbe.CpuTime(server.ProcessId);
        var result = await Wrk.RunAsync(url, options.Threads, options.Connections, options.Duration);
        if (result.NonSuccess > 0)
        {
            throw new InvalidOperationException($"{installation.Build.Name}: {result.NonSuccess} answers of the article were not 2xx");
        }

        var cpu = ProcessProbe.CpuTime(server.ProcessId) - cpuBefore;
        return new ContentModelSample(installation.Build.Name, cached ? Measure.CachedArticle : Measure.UncachedArticle, result.Requests, cpu, options.Duration);
    }

    /// <summary>"Xây dựng lại chỉ mục" in the admin, until the page says the rebuild is done and how many items it indexed.</summary>
    internal static async Task<ContentModelSample> IndexRebuildAsync(ServerProcess server, AdminSession admin, string build)
    {
        const string page = "/admin/tim-kiem";
        await admin.GetAsync(page);
        var cpuBefore = ProcessProbe.CpuTime(server.ProcessId);
        var clock = Stopwatch.StartNew();
        await admin.PostFormAsync(page, []);
        while (true)
        {
            var done = RebuildDone().Match(await admin.GetAsync(page));
            if (done.Success)
            {
                var items = int.Parse(done.Groups["items"].Value, CultureInfo.InvariantCulture);
                return new ContentModelSample(build, Measure.IndexRebuild, items, ProcessProbe.CpuTime(server.ProcessId) - cpuBefore, clock.Elapsed);
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"{build}: the index rebuild did not finish in 10 minutes");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Communes created one after another from "Tạo trang thành viên", each waited for until its home page answers.</summary>
    private static async Task<ContentModelSample> CommunesAsync(ServerProcess server, AdminSession admin, string build, int round, int count)
    {
        var cpuBefore = ProcessProbe.CpuTime(server.ProcessId);
        var clock = Stopwatch.StartNew();
        for (var index = 1; index <= count; index++)
        {
            var name = $"xa-{round:00}-{index:000}";
            await admin.CreateCommuneAsync(name, $"Xã thử nghiệm {round}.{index}");
        }

        return new ContentModelSample(build, Measure.TenantCreation, count, ProcessProbe.CpuTime(server.ProcessId) - cpuBefore, clock.Elapsed);
    }

    [GeneratedRegex(@"Đã xây dựng lại xong (?<items>\d+)")]
    private static partial Regex RebuildDone();
}
