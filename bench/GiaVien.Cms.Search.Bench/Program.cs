using System.Diagnostics;
using System.Globalization;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Microsoft.Extensions.Options;

// dotnet run -c Release --project bench/GiaVien.Cms.Search.Bench -- [articles] [tenants] [perTenant] [queriesPerClient]
// dotnet run -c Release --project bench/GiaVien.Cms.Search.Bench -- stages [articles] [repetitions]
// dotnet run -c Release --project bench/GiaVien.Cms.Search.Bench -- cpu [articles] [rounds]
// dotnet run -c Release --project bench/GiaVien.Cms.Search.Bench -- build [articles] [rounds]
// dotnet run -c Release --project bench/GiaVien.Cms.Search.Bench -- dates [articles] [rounds]
if (args is ["stages", ..])
{
    var stageArguments = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    Console.WriteLine(SearchBenchmark.Stages(stageArguments.ElementAtOrDefault(0) is > 0 and var n ? n : 100_000, stageArguments.ElementAtOrDefault(1) is > 0 and var r ? r : 3));
    return;
}

if (args is ["cpu", ..])
{
    var cpuArguments = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    Console.WriteLine(SearchBenchmark.Cpu(cpuArguments.ElementAtOrDefault(0) is > 0 and var n ? n : 30_000, cpuArguments.ElementAtOrDefault(1) is > 0 and var r ? r : 3));
    return;
}

if (args is ["build", ..])
{
    var buildArguments = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    Console.WriteLine(SearchBenchmark.Build(buildArguments.ElementAtOrDefault(0) is > 0 and var n ? n : 30_000, buildArguments.ElementAtOrDefault(1) is > 0 and var r ? r : 2));
    return;
}

if (args is ["dates", ..])
{
    var dateArguments = args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
    Console.WriteLine(SearchBenchmark.Dates(dateArguments.ElementAtOrDefault(0) is > 0 and var n ? n : 30_000, dateArguments.ElementAtOrDefault(1) is > 0 and var r ? r : 3));
    return;
}

var arguments = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var report = await SearchBenchmark.RunAsync(
    articles: arguments.ElementAtOrDefault(0) is > 0 and var a ? a : 100_000,
    tenants: arguments.ElementAtOrDefault(1) is > 0 and var t ? t : 20,
    perTenant: arguments.ElementAtOrDefault(2) is > 0 and var p ? p : 5_000,
    queriesPerClient: arguments.ElementAtOrDefault(3) is > 0 and var q ? q : 1000);
Console.WriteLine(report);

namespace GiaVien.Cms.Search.Bench
{
    /// <summary>Every figure is reported beside a baseline measured in the same run.</summary>
    public static class SearchBenchmark
    {
        public const int Seed = 20240101;

        public static async Task<string> RunAsync(int articles, int tenants, int perTenant, int queriesPerClient, int publishSamples = 20)
        {
            var folder = Directory.CreateTempSubdirectory("giavien-bench-").FullName;
            var lines = new List<string> { $"# Search benchmark ({articles:N0} articles; district {tenants} × {perTenant:N0}; seed {Seed}; {Environment.ProcessorCount} cores)", "" };
            try
            {
                var analyzer = new VietnameseAnalyzer();
                var search = new NewsSearch(new NewsQueryBuilder(analyzer), new Snippets(analyzer), Options.Create(new SearchOptions()));
                var generator = new NewsGenerator(Seed);
                var items = Enumerable.Range(1, articles).Select(generator.Next).ToList();
                var queries = Enumerable.Range(0, 400).Select(_ => generator.Query()).ToList();

                // Index build, both on every core (IndexWriter takes documents from several threads; the product rebuilds
                // so), both from the items: the baseline makes its text of their HTML in its loop, as the product does.
                // Twice each, in the order baseline, product, product, baseline, so that a change in the machine's load
                // falls on both; the first index of each is the one searched below.
                var threads = Environment.ProcessorCount;
                var titles = new Dictionary<string, string>();
                void BuildBaseline(Baseline index) => index.Build(items, item => Baseline.NewsDocument(Baseline.ToPlain(item)), threads);
                void BuildProduct(IndexGeneration index)
                {
                    index.AddAll(items, titles, threads);
                    index.Commit();
                }

                using var baseline = new Baseline(Path.Combine(folder, "baseline"), analyzer, Baseline.NewsFields);
                var baselineSeconds = Seconds(() => BuildBaseline(baseline));
                using var product = IndexGeneration.Create(Path.Combine(folder, "product"), analyzer, 0);
                var productSeconds = Seconds(() => BuildProduct(product));
                using (var productAgain = IndexGeneration.Create(Path.Combine(folder, "product-again"), analyzer, 0))
                {
                    productSeconds += Seconds(() => BuildProduct(productAgain));
                }

                using (var baselineAgain = new Baseline(Path.Combine(folder, "baseline-again"), analyzer, Baseline.NewsFields))
                {
                    baselineSeconds += Seconds(() => BuildBaseline(baselineAgain));
                }

                var (productRate, baselineRate) = (2 * articles / productSeconds, 2 * articles / baselineSeconds);
                lines.Add("| measure | GiaVien search | baseline (raw Lucene, same analyzer and match query, top 10) | ratio |");
                lines.Add("|---|---|---|---|");
                lines.Add(Row($"full index build, articles/s ({threads} threads each)", productRate, baselineRate, "0"));
                lines.Add(Row("index size on disk per 1k articles, MB", SizeMb(product.Path) * 1000 / articles, SizeMb(Path.Combine(folder, "baseline")) * 1000 / articles, "0.00"));

                // Query latency on one tenant
                var tenant = new TenantRecord { Name = "bench", DisplayName = "Bench" };
                var one = new List<SearchTarget> { new(tenant, product, "") };
                foreach (var clients in new[] { 1, 8 })
                {
                    var (ours, theirs) = Latencies.Compare(queries, clients, queriesPerClient, q => search.Search(one, new SearchRequest(q), sharedOnly: false), baseline.Search);
                    lines.AddRange(LatencyRows("query", $"{clients} client(s), {articles:N0} articles", ours, theirs));
                }

                // District view: one query over many tenants' indexes, against raw Lucene over as many raw indexes
                var district = new List<SearchTarget>();
                var rawTenants = new List<Baseline>();
                var districtGenerator = new NewsGenerator(Seed + 1);
                for (var i = 0; i < tenants; i++)
                {
                    var tenantItems = Enumerable.Range(i * perTenant, perTenant).Select(districtGenerator.Next).ToList();
                    var generation = IndexGeneration.Create(Path.Combine(folder, $"tenant-{i}"), analyzer, 0);
                    generation.AddAll(tenantItems, titles, threads);
                    generation.Commit();
                    district.Add(new SearchTarget(new TenantRecord { Name = $"xa-{i}", DisplayName = $"Xã {i}" }, generation, $"/xa-{i}"));
                    var raw = new Baseline(Path.Combine(folder, $"raw-tenant-{i}"), analyzer, Baseline.NewsFields);
                    raw.Build(tenantItems.Select(Baseline.ToPlain).ToList(), Baseline.NewsDocument, threads);
                    rawTenants.Add(raw);
                }

                using (var rawDistrict = new BaselineDistrict(rawTenants))
                {
                    foreach (var clients in new[] { 1, 8 })
                    {
                        var (ours, theirs) = Latencies.Compare(queries, clients, queriesPerClient, q => search.Search(district, new SearchRequest(q), sharedOnly: true), rawDistrict.Search);
                        lines.AddRange(LatencyRows("district", $"{clients} client(s), {tenants} × {perTenant:N0}", ours, theirs));
                    }
                }

                foreach (var target in district)
                {
                    ((IndexGeneration)target.Index).Dispose();
                }

                var (polled, immediate) = await PublishLatency.MeasureAsync(Path.Combine(folder, "publish"), analyzer, search, new NewsGenerator(Seed + 2), publishSamples);
                lines.Add(Row("publish → searchable ms, mean (baseline: applying at once, no polling)", polled.Average(), immediate.Average(), "0.0"));
                lines.Add(Row("publish → searchable ms, max (baseline: applying at once, no polling)", polled.Max(), immediate.Max(), "0.0"));
                return string.Join(Environment.NewLine, lines);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>The product's query path stage by stage on one index (<see cref="QueryStages"/>).</summary>
        public static string Stages(int articles, int repetitions)
        {
            var folder = Directory.CreateTempSubdirectory("giavien-bench-").FullName;
            try
            {
                var analyzer = new VietnameseAnalyzer();
                var search = new NewsSearch(new NewsQueryBuilder(analyzer), new Snippets(analyzer), Options.Create(new SearchOptions()));
                var generator = new NewsGenerator(Seed);
                var items = Enumerable.Range(1, articles).Select(generator.Next).ToList();
                var queries = Enumerable.Range(0, 400).Select(_ => generator.Query()).ToList();
                using var product = IndexGeneration.Create(Path.Combine(folder, "product"), analyzer, 0);
                product.AddAll(items, new Dictionary<string, string>(), Environment.ProcessorCount);
                product.Commit();
                using var baseline = new Baseline(Path.Combine(folder, "baseline"), analyzer, Baseline.NewsFields);
                return $"# Query stages ({articles:N0} articles, seed {Seed})" + Environment.NewLine + Environment.NewLine +
                    string.Join(Environment.NewLine, QueryStages.Measure(analyzer, search, product, baseline, queries, repetitions));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>Build and query ratios by CPU time, both in one process (<see cref="CpuComparison"/>).</summary>
        public static string Cpu(int articles, int rounds) =>
            Report($"# Build and query CPU ({articles:N0} articles, seed {Seed}, {Environment.ProcessorCount} cores)",
                (analyzer, search, folder) => CpuComparison.Measure(analyzer, search, folder, articles, rounds));

        /// <summary>The index build alone by CPU and wall time, A B B A per round (<see cref="BuildComparison"/>).</summary>
        public static string Build(int articles, int rounds) =>
            Report($"# Index build ({articles:N0} articles, seed {Seed}, {Environment.ProcessorCount} cores, baseline product product baseline per round)",
                (analyzer, _, folder) => BuildComparison.Measure(analyzer, folder, articles, rounds));

        /// <summary>The product's search with and without date ranges, by thread CPU (<see cref="DateFilterCost"/>).</summary>
        public static string Dates(int articles, int rounds) =>
            Report($"# Date ranges ({articles:N0} articles, seed {Seed}, {rounds} rounds of 400 queries)",
                (analyzer, search, folder) => DateFilterCost.Measure(analyzer, search, folder, articles, rounds));

        // A mode's table under its title, its indexes in a temporary folder deleted once the rows are written.
        private static string Report(string title, Func<VietnameseAnalyzer, NewsSearch, string, IEnumerable<string>> rows)
        {
            var folder = Directory.CreateTempSubdirectory("giavien-bench-").FullName;
            try
            {
                var analyzer = new VietnameseAnalyzer();
                var search = new NewsSearch(new NewsQueryBuilder(analyzer), new Snippets(analyzer), Options.Create(new SearchOptions()));
                return title + Environment.NewLine + Environment.NewLine + string.Join(Environment.NewLine, rows(analyzer, search, folder));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static IEnumerable<string> LatencyRows(string what, string scope, Latencies.Figures ours, Latencies.Figures theirs)
        {
            yield return Row($"{what} p50 ms, {scope}", ours.P50, theirs.P50, "0.00");
            yield return Row($"{what} p99 ms, {scope}", ours.P99, theirs.P99, "0.00");

            // One run's p99 rests on its slowest few queries: the ratio of each round's p99 shows how far it can move.
            var ratios = ours.RoundP99s.Zip(theirs.RoundP99s, (o, t) => o / t).Order().ToList();
            var median = ratios[ratios.Count / 2];
            yield return $"| {what} p99 ratio of each round, {scope}: median (lowest–highest) of {ratios.Count} | | | " +
                $"{median.ToString("0.00", CultureInfo.InvariantCulture)} ({ratios[0].ToString("0.00", CultureInfo.InvariantCulture)}–{ratios[^1].ToString("0.00", CultureInfo.InvariantCulture)}) |";
            yield return Row($"{what} thread CPU ms per query, {scope}", ours.CpuMs, theirs.CpuMs, "0.00");
        }

        public static double Rate(int count, Action action) => count / Seconds(action);

        private static double Seconds(Action action)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        private static double SizeMb(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1024.0 / 1024.0;

        public static string Row(string measure, double ours, double theirs, string format) =>
            $"| {measure} | {ours.ToString(format, CultureInfo.InvariantCulture)} | {theirs.ToString(format, CultureInfo.InvariantCulture)} | {(ours / theirs).ToString("0.00", CultureInfo.InvariantCulture)} |";
    }
}
