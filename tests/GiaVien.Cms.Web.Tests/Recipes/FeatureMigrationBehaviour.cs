using System.Net;
using System.Text.Json;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Recipes;

/// <summary>
/// A feature's later migration reaches a tenant that switched the feature on before it existed: procedures' version 2
/// gives the procedure type of such a tenant the "Văn bản căn cứ" picker when the tenant is next opened, once.
/// </summary>
public abstract class FeatureMigrationBehaviour(DemoHost host)
{
    private const string Part = "ThuTucHanhChinhPart";

    [Fact]
    public async Task A_tenant_with_the_old_procedure_type_gets_the_picker_when_it_is_next_opened_and_only_once()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Lạc", name, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using (var enabled = await admin.Http.PostFormAsync($"/{name}/admin/features", $"/{name}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = "procedures" }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        // As the tenant was before the picker existed: the part without the field, the feature at version 1.
        await TenantServices.RunAsync(host, name, async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var record = await db.ContentDefinitions.SingleAsync(d => d.Kind == ContentDefinitionKind.Part && d.Name == Part);
            var part = JsonSerializer.Deserialize<ContentPartDefinition>(record.Definition, ContentDefinitionStore.Json)!;
            record.Definition = JsonSerializer.Serialize(part with { Fields = part.Fields.Where(f => f.Name != "LegalDocuments").ToList() }, ContentDefinitionStore.Json);
            (await db.Features.SingleAsync(f => f.FeatureId == "procedures")).MigrationVersion = 1;
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("Văn bản căn cứ (trong mục Văn bản)", await admin.Http.GetStringAsync($"/{name}/admin/content/edit?type=ThuTucHanhChinh"));

        // A restart of the process, as far as this tenant is concerned: its shell goes and its schema is checked again.
        host.Services.GetRequiredService<ShellHost>().ReleaseLost(name);

        Assert.Contains("Văn bản căn cứ (trong mục Văn bản)", await admin.Http.GetStringAsync($"/{name}/admin/content/edit?type=ThuTucHanhChinh"));
        host.Services.GetRequiredService<ShellHost>().ReleaseLost(name);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/{name}/")).StatusCode);
        var (version, fields) = await TenantServices.RunAsync(host, name, async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var part = (await services.GetRequiredService<ContentDefinitionStore>().LoadAllAsync()).FindPart(Part)!;
            return ((await db.Features.AsNoTracking().SingleAsync(f => f.FeatureId == "procedures")).MigrationVersion, part.Fields.Select(f => f.Name).ToList());
        });
        Assert.Equal(2, version);
        Assert.Single(fields, f => f == "LegalDocuments");
        Assert.Equal(fields.IndexOf("LegalBasis") + 1, fields.IndexOf("LegalDocuments"));
    }
}

public sealed class SqliteFeatureMigrationTests(SqliteDemoHost host) : FeatureMigrationBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlFeatureMigrationTests(PostgreSqlDemoHost host) : FeatureMigrationBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
