using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.ContentModel;

/// <summary>
/// The index rebuild of <see cref="ContentModelBenchmark"/> alone, long enough to trust: many articles (a round lasts
/// several seconds), many rounds with the builds alternating, the server's CPU per item indexed (from /proc) and its
/// median; after each build's last round the index on disk is read back, so documents and tokens per field of the two
/// builds can be compared.
/// </summary>
internal static class IndexBuildBenchmark
{
    public static async Task<IndexBuildResult> RunAsync(string referenceFolder, int rounds, int articles, TextWriter progress)
    {
        using var work = new WorkFolder("index-build");
        var builds = AbBuilds.Of(referenceFolder);
        var installations = await Installation.SetUpAllAsync(builds, work, articles, progress);
        var samples = new List<ContentModelSample>();
        var contents = new Dictionary<string, IndexContents>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var build in builds.InRoundOrder(round))
            {
                await using (var server = installations[build.Name].Start(outputCache: true))
                {
                    await server.WaitForOkAsync(timeout: TimeSpan.FromMinutes(2));
                    using var admin = await AdminSession.SignInAsync(server);
                    samples.Add(await ContentModelBenchmark.IndexRebuildAsync(server, admin, build.Name));
                    progress.WriteLine($"round {round}, {samples[^1]}");
                }

                contents[build.Name] = IndexContents.Read(installations[build.Name].DataPath);
            }
        }

        return new IndexBuildResult(samples, contents, rounds, articles);
    }
}
