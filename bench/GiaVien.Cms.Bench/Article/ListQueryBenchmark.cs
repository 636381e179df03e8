using System.Diagnostics;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Bench.Article;

/// <summary>
/// The home page's list query before and after the theme work, on the district database of a giavien-demo
/// installation, alternating in one run: <see cref="ContentQueries.LatestPublishedAsync"/> (whole rows, every item's
/// JSON parsed into a document, body included) against <see cref="PublishedQueries.LatestAsync"/> (the list columns,
/// the JSON read forward-only without the body). Each call gets a new DbContext, as a request does.
/// </summary>
internal static class ListQueryBenchmark
{
    public static async Task<string> RunAsync(int iterations, TextWriter progress)
    {
        using var work = new WorkFolder("lists");
        var data = work.Sub("data");
        await BenchApps.SetUpDemoAsync(data);

        var options = new DbContextOptionsBuilder<CmsDbContext>()
            .UseSqlite($"Data Source={new CmsDataFolder(data).TenantDatabaseFile("default")};Pooling=True").Options;
        var before = new List<double>();
        var after = new List<double>();
        for (var i = 0; i < iterations + 20; i++)
        {
            var full = await TimeAsync(options, db => new ContentQueries(new TenantDb(db)).LatestPublishedAsync("DistrictNews", 20));
            var lists = await TimeAsync(options, db => new PublishedQueries(new TenantDb(db), new ContentSummaryFields([NewsPart.Summary])).LatestAsync("DistrictNews", 0, 20));
            // The first 20 rounds warm up JIT and EF Core's query cache.
            if (i >= 20)
            {
                before.Add(full);
                after.Add(lists);
            }
        }

        progress.WriteLine($"full rows: {Statistics.Median(before):0.000} ms, list columns: {Statistics.Median(after):0.000} ms");
        return $"District home list query, 20 newest news of giavien-demo (SQLite), {iterations} alternating calls each\n\n" +
            new MarkdownTable("Query", "median ms", "p90 ms", "ratio to before")
                .Row("Before: ContentQueries.LatestPublishedAsync (whole rows, JsonNode.Parse)", Statistics.Median(before), Statistics.Percentile(before, 90), 1.0)
                .Row("After: PublishedQueries.LatestAsync (list columns, forward-only reader)", Statistics.Median(after), Statistics.Percentile(after, 90),
                    Statistics.Median(after) / Statistics.Median(before));
    }

    private static async Task<double> TimeAsync<T>(DbContextOptions<CmsDbContext> options, Func<CmsDbContext, Task<T>> query)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = new CmsDbContext(options);
        await query(db);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
