using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>An index written before every type was indexed by its fields (analyzer vi-2) is rebuilt at start.</summary>
public sealed class SearchIndexVersionTests
{
    [Fact]
    public async Task An_index_of_the_version_that_indexed_news_alone_is_rebuilt_with_every_type()
    {
        var word = "lichtiep" + Guid.NewGuid().ToString("N")[..8];
        var first = await new CmsHost(DatabaseProvider.Sqlite).StartSetUpAsync();
        CmsHost? second = null;
        try
        {
            TestRecipes.Add(first, "tb-phien-ban", AnnouncementRecipes.WithContent("tb-phien-ban", "tb-phien-ban", $"<p>Lịch {word} tháng 12.</p>"));
            Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", "gia-hoa", "tb-phien-ban"], first.Services, TextWriter.Null, new StringWriter()));
            var url = $"/gia-hoa/api/search?q={word}";
            Assert.Equal(1, (await first.Browser().SearchUntilAsync(url, r => r.Total() == 1)).Total());
            var folder = (await first.Services.GetRequiredService<SearchIndexes>().GetAsync(first.Registry.Map.Find("gia-hoa")!)).LivePath!;
            await first.DisposeAsync();
            WriteAsTheNewsOnlyVersion(folder);

            second = await first.Restarted().StartAsync();

            Assert.Equal(1, (await second.Browser().SearchUntilAsync(url, r => r.Total() == 1)).Total());
            Assert.NotEqual(folder, (await second.Services.GetRequiredService<SearchIndexes>().GetAsync(second.Registry.Map.Find("gia-hoa")!)).LivePath);
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await DemoHost.DeleteDataAsync(first);
        }
    }

    // What vi-2 wrote: the announcement's body was not in the index (its document is simply left out here).
    private static void WriteAsTheNewsOnlyVersion(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
        writer.DeleteDocuments(new Term(NewsFields.ContentType, "ThongBao"));
        writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [IndexGeneration.AnalyzerKey] = "vi-2" });
        writer.Commit();
    }
}
