using System.Text.Json;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Localization;

/// <summary>
/// A tenant whose news and page types were made before translations (no LocalizationPart on them, "Giới thiệu" at
/// version 1) gets the part on both when it is next opened, once, and its news can then be translated.
/// </summary>
public abstract class TranslatableTypesMigrationBehaviour(DemoHost host)
{
    private static readonly string[] Types = ["DistrictNews", "Page"];

    [Fact]
    public async Task News_and_pages_of_an_older_tenant_become_translatable_when_it_is_next_opened()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Phong", name, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        await host.Services.GetRequiredService<GiaVien.Cms.Features.TenantFeatures>().EnableAsync(name, "organisation", CmsHost.AdminUserName);

        // As the tenant was before: its news and page types without the part, the feature at version 1.
        await TenantServices.RunAsync(host, name, async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            foreach (var record in await db.ContentDefinitions.Where(d => d.Kind == ContentDefinitionKind.Type && Types.Contains(d.Name)).ToListAsync())
            {
                var type = JsonSerializer.Deserialize<ContentTypeDefinition>(record.Definition, ContentDefinitionStore.Json)!;
                record.Definition = JsonSerializer.Serialize(type with { Parts = type.Parts.Where(p => p != "LocalizationPart").ToList() }, ContentDefinitionStore.Json);
            }

            (await db.Features.SingleAsync(f => f.FeatureId == "organisation")).MigrationVersion = 1;
            await db.SaveChangesAsync();
        });
        Assert.All(await LocalizationPartsAsync(name), count => Assert.Equal(0, count));

        host.Services.GetRequiredService<ShellHost>().ReleaseLost(name);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.Http.GetAsync($"/{name}/")).StatusCode);
        host.Services.GetRequiredService<ShellHost>().ReleaseLost(name);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.Http.GetAsync($"/{name}/")).StatusCode);

        Assert.All(await LocalizationPartsAsync(name), count => Assert.Equal(1, count));
        var version = await TenantServices.RunAsync(host, name, async services =>
            (await services.GetRequiredService<CmsDbContext>().Features.AsNoTracking().SingleAsync(f => f.FeatureId == "organisation")).MigrationVersion);
        Assert.Equal(2, version);
    }

    // How many times each of the two types lists the part.
    private Task<int[]> LocalizationPartsAsync(string tenant) => TenantServices.RunAsync(host, tenant, async services =>
    {
        var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAllAsync();
        return Types.Select(t => definitions.FindType(t)!.Parts.Count(p => p == "LocalizationPart")).ToArray();
    });
}

public sealed class SqliteTranslatableTypesMigrationTests(SqliteDemoHost host) : TranslatableTypesMigrationBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlTranslatableTypesMigrationTests(PostgreSqlDemoHost host) : TranslatableTypesMigrationBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
