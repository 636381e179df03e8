using GiaVien.Cms.Bench.Content;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Startup;
using GiaVien.Cms.Bench.Tenants;
using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench;

/// <summary>
/// <c>GiaVien.Cms.Bench startup|tenants|throughput|content|article|cachedpages|uncached|lists|pageguards|contentmodel|indexbuild|pageguardparts|visits|cluster|province [--option value]…</c>: each prints a Markdown table of
/// the figures and their ratio to a baseline measured in the same run (see docs/benchmarks.md).
/// </summary>
internal static class BenchProgram
{
    private const string Usage = """
        usage: GiaVien.Cms.Bench <benchmark> [options]
          startup     [--runs 5]
          tenants     [--tenants 1,50,200] [--idle-seconds 2]
          throughput  [--threads 2] [--connections 32] [--seconds 10]
          content     [--items 100000] [--publishes 200] [--postgres CONNECTION_STRING]
          article     [--threads 2] [--connections 32] [--seconds 10]
          cachedpages [--reference BUILD_FOLDER] [--rounds 3] [--threads 2] [--connections 32] [--seconds 8] [--warmup-seconds 10] [--accept-encoding "gzip, deflate, br, zstd"]
          lists       [--iterations 500]
          uncached    [--reference BUILD_FOLDER] [--rounds 3] [--threads 2] [--connections 32] [--seconds 8] [--warmup-seconds 40]
          pageguards  --reference BUILD_FOLDER_OF_MAIN [--rounds 3] [--threads 2] [--connections 32] [--seconds 10]
          pageguardparts [--repetitions 2000]
          contentmodel --reference BUILD_FOLDER_OF_THE_COMMIT_BEFORE [--rounds 3] [--articles 2000] [--communes 5] [--threads 2] [--connections 32] [--seconds 10]
          indexbuild  --reference BUILD_FOLDER [--rounds 5] [--articles 10000]
          visits      [--reference BUILD_FOLDER] [--rounds 9] [--threads 2] [--connections 32] [--seconds 5] [--warmup-seconds 10] [--flush-seconds 60]
          cluster     [--threads 2] [--connections 32] [--seconds 10] [--postgres CONNECTION_STRING] [--redis HOST:PORT]
          province    [--tenants 1000] [--settle-seconds 60] [--idle-seconds 60] [--release-seconds 90] [--home-samples 15] [--admin-creations 5] [--cms BUILD_FOLDER]
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = new BenchArguments(args.Skip(1));
        var progress = Console.Error;
        if (args[0] == CommuneSetup.Command)
        {
            await CommuneSetup.CreateAsync(options.String("data"), options.Int("count", 1), progress);
            return 0;
        }

        var table = args[0] switch
        {
            "startup" => (await StartupBenchmark.RunAsync(options.Int("runs", 5), progress)).ToMarkdown(),
            "province" => (await Province.ProvinceBenchmark.RunAsync(options.Int("tenants", 1000), TimeSpan.FromSeconds(options.Int("settle-seconds", 60)),
                TimeSpan.FromSeconds(options.Int("idle-seconds", 60)), TimeSpan.FromSeconds(options.Int("release-seconds", 90)), options.Int("home-samples", 15), options.Int("admin-creations", 5),
                options.Optional("cms") is { } cms ? Path.Combine(Path.GetFullPath(cms), "GiaVien.Cms.Web.dll") : null, progress)).ToMarkdown(),
            "tenants" => (await TenantsBenchmark.RunAsync(options.Ints("tenants", [1, 50, 200]), TimeSpan.FromSeconds(options.Int("idle-seconds", 2)), progress)).ToMarkdown(),
            "lists" => await Article.ListQueryBenchmark.RunAsync(options.Int("iterations", 500), progress),
            "article" => (await Article.ArticleBenchmark.RunAsync(options.Int("threads", 2), options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 10)), progress)).ToMarkdown(),
            "cachedpages" => (await CachedPages.CachedPagesBenchmark.RunAsync(options.Optional("reference"), options.Int("rounds", 3), options.Int("threads", 2),
                options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 8)), TimeSpan.FromSeconds(options.Int("warmup-seconds", 10)), options.Optional("accept-encoding"), progress)).ToMarkdown(),
            "throughput" => (await ThroughputBenchmark.RunAsync(options.Int("threads", 2), options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 10)), progress)).ToMarkdown(),
            "pageguards" => (await PageGuards.PageGuardsBenchmark.RunAsync(options.String("reference"), options.Int("rounds", 3), options.Int("threads", 2),
                options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 10)), progress)).ToMarkdown(),
            "contentmodel" => (await ContentModel.ContentModelBenchmark.RunAsync(options.String("reference"),
                new ContentModel.ContentModelOptions(options.Int("rounds", 3), options.Int("articles", 2000), options.Int("communes", 5), options.Int("threads", 2),
                    options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 10))), progress)).ToMarkdown(),
            "indexbuild" => (await ContentModel.IndexBuildBenchmark.RunAsync(options.String("reference"), options.Int("rounds", 5), options.Int("articles", 10_000),
                progress)).ToMarkdown(),
            "uncached" => (await Uncached.UncachedBenchmark.RunAsync(options.Optional("reference"), options.Int("rounds", 3), options.Int("threads", 2),
                options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 8)), TimeSpan.FromSeconds(options.Int("warmup-seconds", 40)), progress)).ToMarkdown(),
            "pageguardparts" => PageGuards.PageGuardParts.Run(options.Int("repetitions", 2000), progress),
            "visits" => (await Visits.VisitsBenchmark.RunAsync(options.Optional("reference"), options.Int("rounds", 9), options.Int("threads", 2), options.Int("connections", 32),
                TimeSpan.FromSeconds(options.Int("seconds", 5)), TimeSpan.FromSeconds(options.Int("warmup-seconds", 10)), TimeSpan.FromSeconds(options.Int("flush-seconds", (int)Visits.VisitsResult.ProductFlushInterval.TotalSeconds)), progress)).ToMarkdown(),
            "cluster" => (await Cluster.ClusterBenchmark.RunAsync(
                options.Optional("postgres") ?? Environment.GetEnvironmentVariable("GIAVIEN_TEST_POSTGRES") ?? throw new ArgumentException("--postgres is required"),
                options.Optional("redis") ?? Environment.GetEnvironmentVariable("GIAVIEN_TEST_REDIS") ?? throw new ArgumentException("--redis is required"),
                options.Int("threads", 2), options.Int("connections", 32), TimeSpan.FromSeconds(options.Int("seconds", 10)), progress)).ToMarkdown(),
            "content" => (await ContentBenchmark.RunAsync(options.Int("items", 100_000), options.Int("publishes", 200),
                options.Optional("postgres") ?? Environment.GetEnvironmentVariable("GIAVIEN_TEST_POSTGRES"), progress)).ToMarkdown(),
            _ => null,
        };
        if (table is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        Console.WriteLine($"{args[0]} on {Environment.MachineName}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine(table);
        return 0;
    }
}
