using GiaVien.Cms.Bench.ContentModel;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>
/// Runs the index-build A/B on a tiny scale so it cannot rot: this build is its own reference, so both indexes read back
/// from disk must hold the same documents and tokens field by field.
/// </summary>
public sealed class IndexBuildSmokeTests
{
    [Fact]
    public async Task Indexbuild_measures_both_builds_and_reads_back_the_same_index()
    {
        var result = await IndexBuildBenchmark.RunAsync(BenchApps.Folder, rounds: 2, articles: 20, TextWriter.Null);

        Assert.Equal(4, result.Samples.Count);
        Assert.All(result.Samples, sample => Assert.True(sample.Units >= 20 && sample.Cpu > TimeSpan.Zero, sample.ToString()));
        var reference = result.Contents[AbBuilds.Reference];
        var current = result.Contents[AbBuilds.Current];
        Assert.True(current.Documents >= 20);
        Assert.Equal(reference.Documents, current.Documents);
        Assert.Equal(reference.Fields, current.Fields);
        Assert.True(current.Fields["body"].Tokens > 0);
        Assert.DoesNotContain(" ≠", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
