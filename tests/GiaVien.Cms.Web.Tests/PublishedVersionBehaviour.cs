using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// One published version per item, held by the database: two publishes that race cannot both win (the loser is told
/// to reload, nothing is half-written), and a database written before the rule keeps the newest published version.
/// </summary>
public abstract class PublishedVersionBehaviour(DemoHost host)
{
    private const string Tenant = "thi-tran-me";

    [Fact]
    public async Task Publish_raced_against_save_then_publish_always_leaves_exactly_one_published_version()
    {
        for (var round = 0; round < 100; round++)
        {
            var id = ContentManager.NewId();
            await TenantServices.RunAsync(host, Tenant, async services =>
            {
                var (definitions, references) = await DefinitionsAsync(services);
                await services.GetRequiredService<ContentManager>().CreateAsync(News(id, "Bản nháp"), definitions, references, CmsHost.AdminUserName);
            });

            var outcomes = await Task.WhenAll(
                Task.Run(() => OutcomeAsync(services => services.GetRequiredService<ContentPublisher>().PublishAsync(id, CmsHost.AdminUserName))),
                Task.Run(() => OutcomeAsync(async services =>
                {
                    var (definitions, references) = await DefinitionsAsync(services);
                    await services.GetRequiredService<ContentManager>().SaveDraftAsync(News(id, "Bản sửa"), 1, definitions, references, CmsHost.AdminUserName);
                    await services.GetRequiredService<ContentPublisher>().PublishAsync(id, CmsHost.AdminUserName);
                })));

            Assert.Contains(true, outcomes);
            var published = await TenantServices.RunAsync(host, Tenant, services =>
                services.GetRequiredService<CmsDbContext>().ContentItems.CountAsync(i => i.ContentItemId == id && i.Published));
            Assert.Equal(1, published);
        }
    }

    [Fact]
    public async Task Upgrading_a_database_with_two_published_versions_of_an_item_keeps_the_newest()
    {
        await using var older = await OlderSchema.CreateJustBeforeAsync(host, "_OnePublishedVersion");
        var db = older.Db;

        var start = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var number in Enumerable.Range(1, 3))
        {
            await OlderSchema.InsertAsOfThenAsync(db, new ContentItemRecord
            {
                ContentItemId = "trung-lap", ContentItemVersionId = $"trung-lap-{number}", Number = number, ContentType = "DistrictNews",
                DisplayText = $"Phiên bản {number}", Published = number < 3, Latest = number == 3, CreatedUtc = start, ModifiedUtc = start.AddDays(number), Data = "{}",
            });
        }

        await older.MigrateToLatestAsync();

        var published = await db.ContentItems.Where(i => i.ContentItemId == "trung-lap" && i.Published).Select(i => i.Number).ToListAsync();
        Assert.Equal([2], published);
        Assert.Equal(3, await db.ContentItems.CountAsync(i => i.ContentItemId == "trung-lap"));
    }

    /// <summary>True when the work succeeded, false when it was refused as a conflict; any other exception fails the test.</summary>
    private async Task<bool> OutcomeAsync(Func<IServiceProvider, Task> work)
    {
        try
        {
            await TenantServices.RunAsync(host, Tenant, work);
            return true;
        }
        catch (ContentConflictException e)
        {
            Assert.Contains("tải lại trang", e.Message);
            return false;
        }
    }

    private static async Task<(ContentDefinitions, IContentReferences)> DefinitionsAsync(IServiceProvider services) =>
        (await services.GetRequiredService<ContentDefinitionStore>().LoadAsync(), services.GetRequiredService<StoredContentReferences>());

    private static ContentItem News(string id, string title) => new()
    {
        ContentItemId = id,
        ContentType = "DistrictNews",
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = $"{title} {id}" },
            ["DistrictNewsPart"] = new JsonObject { ["Lead"] = new JsonObject { ["Text"] = "Tóm tắt." }, ["Body"] = new JsonObject { ["Html"] = "<p>Nội dung.</p>" } },
        },
    };
}

public sealed class PublishedVersionOnSqlite(SqliteDemoHost host) : PublishedVersionBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PublishedVersionOnPostgreSql(PostgreSqlDemoHost host) : PublishedVersionBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
