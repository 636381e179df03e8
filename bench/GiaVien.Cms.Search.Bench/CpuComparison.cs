using System.Diagnostics;
using System.Globalization;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// The issue 13 ratios by CPU time, which waiting for a core on a busy machine inflates far less than wall time: the
/// process's CPU for each index build (both on every core; the baseline's includes making its text of the items' HTML,
/// as the product's build does), then the thread's own CPU per query of one client, product and baseline in
/// alternating rounds on their own indexes. One process, so a profiler attached to it sees both.
/// </summary>
public static class CpuComparison
{
    public static IEnumerable<string> Measure(VietnameseAnalyzer analyzer, NewsSearch search, string folder, int articles, int rounds)
    {
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        var items = Enumerable.Range(1, articles).Select(generator.Next).ToList();
        var queries = Enumerable.Range(0, 400).Select(_ => generator.Query()).ToList();
        var threads = Environment.ProcessorCount;

        using var baseline = new Baseline(Path.Combine(folder, "baseline"), analyzer, Baseline.NewsFields);
        var baselineBuild = ProcessCpuSeconds(() => baseline.Build(items.Select(Baseline.ToPlain).ToList(), Baseline.NewsDocument, threads));
        using var product = IndexGeneration.Create(Path.Combine(folder, "product"), analyzer, 0);
        var productBuild = ProcessCpuSeconds(() =>
        {
            product.AddAll(items, new Dictionary<string, string>(), threads);
            product.Commit();
        });
        yield return "| measure | GiaVien search | baseline | ratio |";
        yield return "|---|---|---|---|";
        yield return SearchBenchmark.Row($"index build, process CPU s for {articles:N0} articles ({threads} threads each)", productBuild, baselineBuild, "0.00");
        yield return SearchBenchmark.Row("segments after the build", Segments(product), baseline.Reader.Leaves.Count, "0");

        var one = new List<SearchTarget> { new(new TenantRecord { Name = "bench", DisplayName = "Bench" }, product, "") };
        Action<string> ours = q => search.Search(one, new SearchRequest(q), sharedOnly: false);
        foreach (var query in queries.Take(50))
        {
            ours(query);
            baseline.Search(query);
        }

        var (productSamples, baselineSamples) = (new List<double>(), new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            var productMs = ThreadCpuMsPerQuery(queries, ours, productSamples);
            var baselineMs = ThreadCpuMsPerQuery(queries, baseline.Search, baselineSamples);
            yield return SearchBenchmark.Row($"query thread CPU ms per query, 1 client, round {round.ToString(CultureInfo.InvariantCulture)}", productMs, baselineMs, "0.000");
        }

        // The tail by CPU: which queries cost most, without the waits for a core that make the wall-time p99 of a
        // loaded machine move between runs (a query's thread CPU still includes a collection that it triggers).
        var (productSorted, baselineSorted) = (Sorted(productSamples), Sorted(baselineSamples));
        foreach (var p in new[] { 0.50, 0.90, 0.99 })
        {
            yield return SearchBenchmark.Row($"query thread CPU ms, p{(p * 100).ToString("0", CultureInfo.InvariantCulture)} of all rounds' queries", Latencies.Percentile(productSorted, p), Latencies.Percentile(baselineSorted, p), "0.000");
        }
    }

    private static double[] Sorted(List<double> samples)
    {
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static double ProcessCpuSeconds(Action build)
    {
        var started = Process.GetCurrentProcess().TotalProcessorTime;
        build();
        return (Process.GetCurrentProcess().TotalProcessorTime - started).TotalSeconds;
    }

    public static int Segments(IndexGeneration index)
    {
        var searcher = index.Searchers.Acquire();
        try
        {
            return searcher.IndexReader.Leaves.Count;
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private static double ThreadCpuMsPerQuery(List<string> queries, Action<string> run, List<double> samples)
    {
        var first = ThreadCpu.Nanoseconds();
        var started = first;
        foreach (var query in queries)
        {
            run(query);
            var ended = ThreadCpu.Nanoseconds();
            samples.Add((ended - started) / 1e6);
            started = ended;
        }

        return (started - first) / 1e6 / queries.Count;
    }
}
