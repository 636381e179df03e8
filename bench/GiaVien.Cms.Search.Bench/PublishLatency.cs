using System.Diagnostics;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Time from a publish committed to the tenant's SQLite database until a search finds it: applied at once, as
/// production does when the change is notified, and with a 250 ms poll of the change log (the earlier design, still
/// the order of delay of a change whose notice is lost until the next catch-up).
/// </summary>
public static class PublishLatency
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<(List<double> Polled, List<double> Immediate)> MeasureAsync(string folder, VietnameseAnalyzer analyzer, NewsSearch search, NewsGenerator generator, int samples)
    {
        var database = new TenantDatabase(new CmsDataFolder(folder), Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }), new GiaVien.Cms.Data.Changes.PublicChanges());
        await database.CreateTenantAsync("bench", DatabaseProvider.Sqlite, CancellationToken.None);
        var options = new SearchOptions();
        using var index = new TenantIndex("bench", false, Path.Combine(folder, "index"), _ => Task.FromResult(new CmsDbContext(database.TenantOptions("bench", DatabaseProvider.Sqlite))),
            analyzer, NewsIndexing.Documents, options, TimeProvider.System, NullLogger.Instance);
        index.Open();
        await index.WaitForFirstBuildAsync(TimeSpan.FromSeconds(30));
        var target = new List<SearchTarget> { new(new TenantRecord { Name = "bench", DisplayName = "Bench" }, index, "") };

        var immediate = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            immediate.Add(await TimeAsync(i, () => index.CatchUpAsync(CancellationToken.None)));
        }

        using var stop = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(PollInterval);
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await index.CatchUpAsync(stop.Token);
            }
        });
        var polled = new List<double>();
        var random = new Random(SearchBenchmark.Seed);
        for (var i = samples; i < 2 * samples; i++)
        {
            await Task.Delay(random.Next(0, 250));
            polled.Add(await TimeAsync(i, () => Task.CompletedTask));
        }

        await stop.CancelAsync();
        await poller.ContinueWith(_ => { }, TaskScheduler.Default);
        return (polled, immediate);

        async Task<double> TimeAsync(int number, Func<Task> afterPublish)
        {
            var word = $"moixuatban{number}";
            var item = generator.Next(1_000_000 + number);
            item.DisplayText += " " + word;
            await using (var db = new CmsDbContext(database.TenantOptions("bench", DatabaseProvider.Sqlite)))
            {
                // What ContentManager writes on publish: the version row and its change-log entry, in one SaveChanges.
                db.ContentItems.Add(new ContentItemRecord
                {
                    ContentItemId = item.ContentItemId, ContentItemVersionId = item.ContentItemId + "-v1", ContentType = item.ContentType,
                    DisplayText = item.DisplayText, Published = true, Latest = true, PublishedUtc = item.PublishedUtc,
                    CreatedUtc = DateTime.UtcNow, ModifiedUtc = DateTime.UtcNow, Data = item.Content.ToJsonString(),
                });
                db.ChangeLog.Add(new ChangeLogEntry { ContentItemId = item.ContentItemId, Operation = ChangeOperation.Publish, Utc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }

            // From the commit of the publish: that is when the editor sees "Đã xuất bản".
            var started = Stopwatch.GetTimestamp();
            await afterPublish();
            while (search.Search(target, new SearchRequest(word), sharedOnly: false).Total == 0)
            {
                await Task.Delay(1);
            }

            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }
}
