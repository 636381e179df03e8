using GiaVien.Cms.Bench.Content;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>The content benchmark on a tiny scale: it must produce sane figures, whatever their size.</summary>
public sealed class ContentSmokeTests
{
    [Fact]
    public async Task Content_publishes_into_a_seeded_tenant_and_lists_it()
    {
        var result = await ContentBenchmark.RunAsync(items: 300, publishes: 4, postgres: null, TextWriter.Null);

        var sqlite = Assert.Single(result.Providers);
        Assert.Equal(300, sqlite.ExistingItems);
        Assert.All(sqlite.PublishMs.Concat(sqlite.SmallPublishMs).Concat(sqlite.ListMs).Concat(sqlite.SmallListMs), ms => Assert.True(ms > 0));
        Assert.NotEmpty(sqlite.PublishMs);
        Assert.Contains("| Sqlite | 300 |", result.ToMarkdown(), StringComparison.Ordinal);
    }
}
