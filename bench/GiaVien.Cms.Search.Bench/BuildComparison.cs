using System.Diagnostics;
using System.Globalization;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// The index build alone, product against raw Lucene from the same items (the baseline makes its text of their HTML
/// in its loop, as the product does), in the order baseline, product, product, baseline per round so a change of the
/// machine's load falls on both; by the process's CPU (what the build costs) and by wall time. One process with no
/// querying, so a profiler attached to it sees the two builds and nothing else.
/// </summary>
public static class BuildComparison
{
    public static IEnumerable<string> Measure(VietnameseAnalyzer analyzer, string folder, int articles, int rounds)
    {
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        var items = Enumerable.Range(1, articles).Select(generator.Next).ToList();
        var threads = Environment.ProcessorCount;
        var titles = new Dictionary<string, string>();
        var built = 0;
        var (productSegments, baselineSegments) = (0, 0);
        (double Cpu, double Wall) BuildBaseline()
        {
            using var baseline = new Baseline(Path.Combine(folder, $"baseline-{built++}"), analyzer, Baseline.NewsFields);
            var measured = Measured(() => baseline.Build(items, item => Baseline.NewsDocument(Baseline.ToPlain(item)), threads));
            baselineSegments = baseline.Reader.Leaves.Count;
            return measured;
        }

        (double Cpu, double Wall) BuildProduct()
        {
            using var product = IndexGeneration.Create(Path.Combine(folder, $"product-{built++}"), analyzer, 0);
            var measured = Measured(() =>
            {
                product.AddAll(items, titles, threads);
                product.Commit();
            });
            productSegments = CpuComparison.Segments(product);
            return measured;
        }

        yield return "| round | product CPU s / baseline CPU s | ratio (CPU) | product wall s / baseline wall s | rate ratio (wall) | segments (product / baseline) |";
        yield return "|---|---|---|---|---|---|";
        for (var round = 1; round <= rounds; round++)
        {
            var baseline = BuildBaseline();
            var product = BuildProduct();
            var productAgain = BuildProduct();
            var baselineAgain = BuildBaseline();
            var (productCpu, baselineCpu) = (product.Cpu + productAgain.Cpu, baseline.Cpu + baselineAgain.Cpu);
            var (productWall, baselineWall) = (product.Wall + productAgain.Wall, baseline.Wall + baselineAgain.Wall);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {round} | {productCpu:0.00} / {baselineCpu:0.00} | {productCpu / baselineCpu:0.00} | {productWall:0.00} / {baselineWall:0.00} | {baselineWall / productWall:0.00} | {productSegments} / {baselineSegments} |");
        }
    }

    private static (double Cpu, double Wall) Measured(Action build)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        build();
        return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
