using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>
/// The host indexing a bulk publish is killed with SIGKILL; on restart the index catches up from the change-log
/// position saved in its last Lucene commit and then matches the database exactly.
/// </summary>
public sealed class SearchCrashTests(ITestOutputHelper output)
{
    /// <summary>
    /// Ten batches of the indexer's 100: enough for the kill to land after several commits and before the end. The number
    /// is not the point; 5,000 cost this test most of its minute (the publish, the indexing and the catch-up of all).
    /// </summary>
    private const int Items = 1000;

    /// <summary>Indexed (so committed: the indexer commits every batch) before the kill: two batches, well short of the half the publisher writes before it waits.</summary>
    private const int IndexedBeforeKill = Items / 5;

    [Fact]
    public async Task After_a_sigkill_during_a_bulk_publish_the_index_matches_the_database_exactly()
    {
        var dataPath = Directory.CreateTempSubdirectory("giavien-crash-").FullName;
        var recipes = TestRecipes.CreateFolder(dataPath);
        CmsHost? restarted = null;
        try
        {
            long killedAt;
            // The publisher writes the database from outside the node, so no change notice reaches it: the node finds the
            // entries on its periodic catch-up, made frequent here.
            using (var process = await HostProcess.StartAsync(dataPath, recipes, "--Cms:Setup:Recipe=giavien-district", "--Cms:Search:BatchSize=100",
                "--Cms:Search:CatchUpInterval=00:00:00.250"))
            {
                using var client = process.Client();
                await WaitForSearchAsync(client, "/api/search?q=saptien", _ => true);
                var publisher = new Publisher(dataPath);
                var publishing = Task.Run(publisher.PublishAsync);
                // Kill once the indexer has committed part of the bulk and while the publisher is still writing.
                await WaitForSearchAsync(client, "/api/search?q=saptien", total => total >= IndexedBeforeKill);
                process.Kill();
                killedAt = publisher.Published;
                // The publisher waits at the halfway mark until the kill, so the kill always lands mid-bulk.
                publisher.Halfway.TrySetResult();
                await publishing;
            }

            restarted = new CmsHost(DatabaseProvider.Sqlite, dataPath, recipe: "giavien-district");
            await restarted.StartAsync(expectedTenants: 1);
            var index = await restarted.Services.GetRequiredService<SearchIndexes>().GetAsync(restarted.Registry.Map.Find("default")!);
            var (published, maxSequence) = await PublishedAsync(dataPath);
            for (var i = 0; i < 400 && index.AppliedSequence < maxSequence; i++)
            {
                await Task.Delay(50);
            }

            var indexed = IndexedIds(index);
            output.WriteLine($"killed after {killedAt} publishes; index reopened at change {index.OpenedAtSequence} of {maxSequence}");
            Assert.InRange(killedAt, 1, Items - 1);
            Assert.InRange(index.OpenedAtSequence ?? 0, 1, maxSequence - 1);
            Assert.Equal(published.Count, indexed.Count);
            Assert.Equal(published.Order(), indexed.Order());
            Assert.True(published.Count > Items * 9 / 10, $"{published.Count} published");
        }
        finally
        {
            if (restarted is not null)
            {
                await restarted.DisposeAsync();
            }

            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task WaitForSearchAsync(HttpClient client, string url, Func<int, bool> done)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(120); DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK
                && done(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32()))
            {
                return;
            }
        }

        throw new TimeoutException($"{url} did not reach the expected state");
    }

    private static List<string> IndexedIds(TenantIndex index)
    {
        var acquired = index.Acquire()!.Value;
        try
        {
            var searcher = acquired.Searcher;
            return searcher.Search(new MatchAllDocsQuery(), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
                .Select(d => searcher.Doc(d.Doc).Get(NewsFields.Id)).ToList();
        }
        finally
        {
            ISearcherSource.Release(acquired);
        }
    }

    private static async Task<(List<string> Ids, long MaxSequence)> PublishedAsync(string dataPath)
    {
        await using var db = Publisher.Open(dataPath);
        // Everything searchable: news and the static pages (Giới thiệu, Liên hệ) of the setup recipe.
        var ids = await db.ContentItems.Where(i => i.Published && (i.ContentType == "DistrictNews" || i.ContentType == "Page")).Select(i => i.ContentItemId).ToListAsync();
        return (ids, await db.ChangeLog.MaxAsync(e => e.Sequence));
    }

    /// <summary>Writes to the district's database directly with the product's ContentManager, as a second node would.</summary>
    private sealed class Publisher(string dataPath)
    {
        private static readonly ContentFieldKinds FieldKinds =
            new ServiceCollection().AddSingleton<BodySanitizer>().AddSingleton<ContentFieldKinds>().AddBuiltInFieldKinds()
                .BuildServiceProvider().GetRequiredService<ContentFieldKinds>();

        private int _published;

        public int Published => Volatile.Read(ref _published);

        /// <summary>Released by the test once the host is killed; the second half of the bulk is written after it.</summary>
        public TaskCompletionSource Halfway { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static CmsDbContext Open(string dataPath) =>
            new(new TenantDatabase(new CmsDataFolder(dataPath), Options.Create(new DatabaseOptions()), new GiaVien.Cms.Data.Changes.PublicChanges()).TenantOptions("default", DatabaseProvider.Sqlite));

        public async Task PublishAsync()
        {
            for (var i = 1; i <= Items; i += 100)
            {
                if (i > Items / 2)
                {
                    await Halfway.Task;
                }

                await using var db = Open(dataPath);
                // One connection per hundred items, without an fsync per commit: the test is about the index, not the disk.
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL");
                var (versions, routes, audit) = (new ContentVersions(db), new ContentRoutes(db), new ContentAudit(db, TimeProvider.System));
                var publisher = new ContentPublisher(db, versions, routes, audit, TimeProvider.System);
                var manager = new ContentManager(db, versions, routes, publisher, audit, TimeProvider.System);
                var trash = new ContentTrash(db, publisher, audit, TimeProvider.System);
                var definitions = await new ContentDefinitionStore(new GiaVien.Cms.Tenants.TenantDb(db), FieldKinds, []).LoadAsync();
                for (var n = i; n < i + 100; n++)
                {
                    var id = $"bulk-{n:D5}";
                    await manager.CreateAsync(Item(id, n), definitions, new StoredContentReferences(db), "bulk");
                    // Some of the bulk is taken back at once, so the log holds every kind of entry.
                    if (n % 50 == 0)
                    {
                        await publisher.UnpublishAsync(id, "bulk");
                    }
                    else if (n % 70 == 0)
                    {
                        await trash.DeleteAsync(id, "bulk");
                    }

                    Interlocked.Increment(ref _published);
                }
            }
        }

        private static ContentItem Item(string id, int n) => new()
        {
            ContentItemId = id,
            ContentType = "DistrictNews",
            DisplayText = $"Bản tin saptien số {n} của huyện Gia Viễn",
            Published = true,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = $"Bản tin saptien số {n} của huyện Gia Viễn" },
                ["DistrictNewsPart"] = new JsonObject
                {
                    ["Lead"] = new JsonObject { ["Text"] = "Tin ngắn phục vụ kiểm thử khả năng phục hồi của chỉ mục." },
                    ["Body"] = new JsonObject { ["Html"] = $"<p>Nội dung bản tin số {n}.</p>" },
                },
            },
        };
    }
}
