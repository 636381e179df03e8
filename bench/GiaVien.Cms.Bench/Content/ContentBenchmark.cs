using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Bench.Tenants;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Bench.Content;

/// <summary>
/// Save+publish latency through ContentManager/ContentPublisher and the admin content list, in a tenant holding
/// many items, against a tenant holding 100; on SQLite and, when a connection string is given, PostgreSQL.
/// </summary>
internal static partial class ContentBenchmark
{
    private const int SmallTenantItems = 100;

    public static async Task<ContentResult> RunAsync(int items, int publishes, string? postgres, TextWriter progress)
    {
        var providers = new List<ProviderResult> { await RunProviderAsync("Sqlite", null, items, publishes, progress) };
        if (!string.IsNullOrEmpty(postgres))
        {
            providers.Add(await RunProviderAsync("PostgreSql", postgres, items, publishes, progress));
        }

        return new ContentResult(providers);
    }

    private static async Task<ProviderResult> RunProviderAsync(string provider, string? postgres, int items, int publishes, TextWriter progress)
    {
        using var work = new WorkFolder("content");
        var settings = new Dictionary<string, string> { ["Cms:Database:Provider"] = provider };
        if (postgres is not null)
        {
            settings["Cms:Database:PostgreSqlConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = "gv_bench_" + Guid.NewGuid().ToString("N")[..8] }.ToString();
        }

        await using var cms = new InProcessCms(work.Path, settings);
        await cms.StartAsync();
        await cms.CreateCommuneAsync("small", "Xã nhỏ");
        await cms.CreateCommuneAsync("large", "Xã lớn");
        await progress.WriteLineAsync($"{provider}: seeding {SmallTenantItems} and {items} items…");
        await SeedAsync(cms, "small", SmallTenantItems);
        await SeedAsync(cms, "large", items);

        var smallPublish = await PublishAsync(cms, "small", publishes);
        var largePublish = await PublishAsync(cms, "large", publishes);
        var client = await SignInAsync(cms);
        var smallList = await ListAsync(client, "small", 20);
        var largeList = await ListAsync(client, "large", 20);
        return new ProviderResult(provider, items, largePublish, largeList, smallPublish, smallList);
    }

    /// <summary>Existing content written in bulk (the product's own path would take hours for 100k items).</summary>
    private static async Task SeedAsync(InProcessCms cms, string tenant, int count)
    {
        var shell = await cms.Shells.GetAsync(cms.Registry.Map.Find(tenant)!);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        const int batch = 2000;
        for (var offset = 0; offset < count; offset += batch)
        {
            await using var db = shell.CreateDbContext();
            for (var i = offset; i < Math.Min(count, offset + batch); i++)
            {
                var id = $"seed-{i:D6}";
                var data = new JsonObject
                {
                    [BuiltInParts.Title] = new JsonObject { ["Title"] = $"Tin số {i} về nông thôn mới ở Gia Viễn" },
                    [BuiltInParts.Autoroute] = new JsonObject { ["Path"] = $"tin-tuc/tin-so-{i}" },
                    ["DistrictNewsPart"] = new JsonObject { ["Lead"] = new JsonObject { ["Text"] = "Tóm tắt." }, ["Body"] = new JsonObject { ["Html"] = "<p>Nội dung bài viết.</p>" } },
                };
                db.ContentItems.Add(new ContentItemRecord
                {
                    ContentItemId = id, ContentItemVersionId = id + "-1", Number = 1, ContentType = "DistrictNews", DisplayText = $"Tin số {i} về nông thôn mới ở Gia Viễn",
                    Published = true, Latest = true, Owner = "admin", Author = "admin", CreatedUtc = start.AddMinutes(i), ModifiedUtc = start.AddMinutes(i),
                    PublishedUtc = start.AddMinutes(i), WorkflowState = WorkflowState.Approved, Data = data.ToJsonString(),
                    Terms = [new ContentItemTerm { TermContentItemId = i % 2 == 0 ? "kinh-te" : "chinh-tri" }],
                });
                db.ContentRoutes.Add(new ContentRoute { Path = $"tin-tuc/tin-so-{i}", ContentItemId = id, IsCanonical = true });
            }

            await db.SaveChangesAsync();
        }

        // PostgreSQL's autovacuum analyses a freshly bulk-loaded table only after a while; measured before that, the
        // planner works from the empty table's statistics. A tenant that grew to 100,000 items has up-to-date ones.
        await using var analyse = shell.CreateDbContext();
        if (analyse.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            await analyse.Database.ExecuteSqlRawAsync("ANALYZE \"ContentItems\"");
        }
    }

    private static async Task<List<double>> PublishAsync(InProcessCms cms, string tenant, int count)
    {
        var shell = await cms.Shells.GetAsync(cms.Registry.Map.Find(tenant)!);
        var timings = new List<double>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = cms.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
            var services = scope.ServiceProvider;
            var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            var item = new ContentItem
            {
                ContentItemId = ContentManager.NewId(), ContentType = "DistrictNews",
                Content = new JsonObject
                {
                    [BuiltInParts.Title] = new JsonObject { ["Title"] = $"Bài đo số {i} về lễ hội chùa Bái Đính" },
                    ["DistrictNewsPart"] = new JsonObject { ["Lead"] = new JsonObject { ["Text"] = "Tóm tắt." }, ["Body"] = new JsonObject { ["Html"] = "<p>Nội dung.</p>" } },
                },
            };
            var watch = Stopwatch.StartNew();
            var saved = await services.GetRequiredService<ContentManager>().CreateAsync(item, definitions, services.GetRequiredService<StoredContentReferences>(), "admin");
            await services.GetRequiredService<ContentPublisher>().PublishAsync(saved.ContentItemId, "admin");
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return timings.Skip(Math.Min(3, count / 4)).ToList();
    }

    private static async Task<HttpClient> SignInAsync(InProcessCms cms)
    {
        var client = cms.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/large/admin/login");
        await client.PostAsync("/large/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = InProcessCms.AdminPassword, ["__af"] = Token().Match(form).Groups[1].Value,
        }));
        var small = await client.GetStringAsync("/small/admin/login");
        await client.PostAsync("/small/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = InProcessCms.AdminPassword, ["__af"] = Token().Match(small).Groups[1].Value,
        }));
        return client;
    }

    private static async Task<List<double>> ListAsync(HttpClient client, string tenant, int count)
    {
        var timings = new List<double>();
        for (var i = 0; i < count + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync($"/{tenant}/admin/content?page={1 + (i % 3)}");
            var html = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !html.Contains("nội dung", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The content list of {tenant} answered {(int)response.StatusCode}.");
            }

            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return timings.Skip(2).ToList();
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
