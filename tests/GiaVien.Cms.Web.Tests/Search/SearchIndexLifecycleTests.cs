using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>Rebuilds swap a shadow index in atomically; missing, corrupt or outdated indexes are rebuilt; search never goes blank.</summary>
public sealed partial class SearchIndexLifecycleTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    [Fact]
    public async Task A_rebuild_from_the_admin_swaps_in_a_new_index_while_search_keeps_answering()
    {
        var client = host.Browser();
        var expected = (await client.SearchAsync("/mat-tran/api/search?q=mat+tran")).Total();
        Assert.True(expected > 0);
        var index = await host.Services.GetRequiredService<SearchIndexes>().GetAsync(host.Registry.Map.Find("mat-tran")!);
        var before = index.LivePath;
        using var signIn = await client.SignInAsync("/mat-tran", CmsHost.AdminUserName, CmsHost.AdminPassword);

        var form = await client.GetStringAsync("/mat-tran/admin/tim-kiem");
        using var rebuild = await client.PostAsync("/mat-tran/admin/tim-kiem", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = Antiforgery().Match(form).Groups[1].Value }));
        var totals = new List<int>();
        while (index.Rebuild?.IsRunning != false || index.LivePath == before)
        {
            totals.Add((await client.SearchAsync("/mat-tran/api/search?q=mat+tran")).Total());
            Assert.True(totals.Count < 2000, "the rebuild did not finish");
        }

        totals.Add((await client.SearchAsync("/mat-tran/api/search?q=mat+tran")).Total());
        Assert.Equal(HttpStatusCode.Redirect, rebuild.StatusCode);
        Assert.All(totals, total => Assert.Equal(expected, total));
        Assert.Equal(index.LivePath, Assert.Single(System.IO.Directory.GetDirectories(index.FolderPath)));
        Assert.Contains("Đã xây dựng lại xong", await client.GetStringAsync("/mat-tran/admin/tim-kiem"));
    }

    [Fact]
    public async Task Removing_a_tenant_removes_its_index()
    {
        var name = TenantFactory.UniqueName("gia-phu");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Phú", name, [], null));
        await TestNews.PublishAsync(host, name, "Tin của xã Gia Phú", "Tóm tắt.", "Nội dung.");
        var indexes = host.Services.GetRequiredService<SearchIndexes>();
        var index = await indexes.GetAsync(host.Registry.Map.Find(name)!);
        Assert.True(System.IO.Directory.Exists(index.FolderPath));

        indexes.Remove(name);

        Assert.False(System.IO.Directory.Exists(index.FolderPath));
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

/// <summary>What happens to indexes found on disk at start.</summary>
public sealed class SearchIndexRecoveryTests
{
    private static readonly TimeSpan AttachedFilesRead = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_outdated_index_keeps_answering_until_rebuilt_and_a_corrupt_one_is_rebuilt()
    {
        var first = await new CmsHost(DatabaseProvider.Sqlite).StartSetUpAsync();
        CmsHost? second = null;
        try
        {
            var client = first.Browser();
            // The demo's attached files are read in the background; count only once their text is in the index,
            // or the totals before and after the restart differ by what was read in between.
            await Eventually.ThatAsync(async () => (await client.SearchAsync("/api/search?q=canh+dong+sen+dam+cut")).Total() > 0, AttachedFilesRead, "the district's PDF was never read");
            await Eventually.ThatAsync(async () => (await client.SearchAsync("/gia-hoa/api/search?q=hang+rao+hoa+muoi+gio")).Total() > 0, AttachedFilesRead, "Gia Hòa's DOCX was never read");
            var districtTotal = (await client.SearchAsync("/api/search?q=gia+vien")).Total();
            var communeTotal = (await client.SearchAsync("/gia-hoa/api/search?q=gia+hoa")).Total();
            var folder = (await first.Services.GetRequiredService<SearchIndexes>().GetAsync(first.Registry.Map.Find("default")!)).LivePath!;
            var communeFolder = (await first.Services.GetRequiredService<SearchIndexes>().GetAsync(first.Registry.Map.Find("gia-hoa")!)).LivePath!;
            await first.DisposeAsync();
            MarkAsWrittenByAnOlderAnalyzer(folder);
            foreach (var segments in System.IO.Directory.GetFiles(communeFolder, "segments_*"))
            {
                File.WriteAllText(segments, "not an index");
            }

            second = await first.Restarted().StartAsync();
            var client2 = second.Browser();

            Assert.Equal(districtTotal, (await client2.SearchAsync("/api/search?q=gia+vien")).Total());
            Assert.Equal(communeTotal, (await client2.SearchAsync("/gia-hoa/api/search?q=gia+hoa")).Total());
            var index = await second.Services.GetRequiredService<SearchIndexes>().GetAsync(second.Registry.Map.Find("default")!);
            for (var i = 0; i < 200 && index.LivePath == folder; i++)
            {
                await Task.Delay(50);
            }

            Assert.NotEqual(folder, index.LivePath);
            Assert.Equal(districtTotal, (await client2.SearchAsync("/api/search?q=gia+vien")).Total());
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

    private static void MarkAsWrittenByAnOlderAnalyzer(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
        var data = new Dictionary<string, string>(writer.CommitData) { [IndexGeneration.AnalyzerKey] = "vi-0" };
        writer.SetCommitData(data);
        writer.Commit();
    }
}
