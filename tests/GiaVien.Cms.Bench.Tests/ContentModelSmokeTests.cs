using GiaVien.Cms.Bench.ContentModel;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>
/// Runs the content-model A/B on a tiny scale so it cannot rot: this build is its own reference (the bench's folder),
/// which exercises the generated recipes, the admin sign-in, the index rebuild and the commune creation of both sides.
/// </summary>
public sealed class ContentModelSmokeTests
{
    [Fact]
    public async Task Contentmodel_measures_every_figure_for_both_builds()
    {
        var result = await ContentModelBenchmark.RunAsync(BenchApps.Folder, new ContentModelOptions(Rounds: 1, Articles: 20, Communes: 1, Threads: 1,
            Connections: 2, TimeSpan.FromSeconds(1)), TextWriter.Null);

        Assert.Equal(8, result.Samples.Count);
        Assert.All(result.Samples, sample => Assert.True(sample.Units > 0 && sample.Cpu > TimeSpan.Zero, sample.ToString()));
        // The district's items and the 20 generated articles, every one of them indexed by the rebuild.
        Assert.All(result.Samples.Where(s => s.Measure == Measure.IndexRebuild), sample => Assert.True(sample.Units >= 20, sample.ToString()));
        Assert.Contains("| search index rebuild from the admin (items) |", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
