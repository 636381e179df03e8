using System.Net;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Recipes;

/// <summary>
/// A recipe applied to a tenant that is already running, from the command line and from the administration: the new
/// type is at once in the editor and its content in the list, a second application changes nothing, and a recipe
/// that is wrong anywhere changes nothing at all.
/// </summary>
public abstract class RunningTenantRecipeBehaviour(DemoHost host)
{
    private async Task<string> NewTenantAsync()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Lạc", name, [], null));
        return name;
    }

    private Task<(int Types, int Items)> CountAsync(string tenant) => TenantServices.RunAsync(host, tenant, async services =>
    {
        var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
        var items = await services.GetRequiredService<CmsDbContext>().ContentItems.CountAsync(i => i.ContentType == "ThongBao" && i.Latest);
        return (definitions.Types.Count(t => t.Name == "ThongBao"), items);
    });

    [Fact]
    public async Task The_command_line_adds_a_type_and_its_content_to_a_running_tenant_once()
    {
        var tenant = await NewTenantAsync();
        var admin = await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using (var before = await admin.Http.GetAsync($"/{tenant}/admin/content/edit?type=ThongBao"))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        TestRecipes.Add(host, "thong-bao-mau", AnnouncementRecipes.WithContent("thong-bao-mau", "thong-bao-1"));
        var error = new StringWriter();
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, "thong-bao-mau"], host.Services, TextWriter.Null, error));

        // The running tenant, not restarted, offers the new type and lists its content.
        var editor = await admin.Http.GetStringAsync($"/{tenant}/admin/content/edit?type=ThongBao");
        Assert.Contains("Ngày hết hạn", editor, StringComparison.Ordinal);
        Assert.Contains(AnnouncementRecipes.Title, await admin.Http.GetStringAsync($"/{tenant}/admin/content?type=ThongBao"), StringComparison.Ordinal);
        Assert.Contains("Áp dụng công thức", await admin.Http.GetStringAsync($"/{tenant}/admin/audit"), StringComparison.Ordinal);

        // Again, by file path this time: the definition is updated in place and the announcement is not duplicated.
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, Path.Combine(host.RecipesPath, "thong-bao-mau.recipe.json")], host.Services, TextWriter.Null, error));
        Assert.Equal((1, 1), await CountAsync(tenant));
    }

    [Fact]
    public async Task A_longer_content_import_tracks_no_more_entities_at_each_save()
    {
        // Every save's change detection scans every entity its context tracks, and a recipe is one context: were the
        // items imported before still tracked, each save would cost more than the last (an import's square).
        var tenant = await NewTenantAsync();
        var error = new StringWriter();
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, "thong-bao"], host.Services, TextWriter.Null, error));

        async Task<int> MostTrackedAtASaveAsync(string recipe, int items)
        {
            TestRecipes.Add(host, recipe, AnnouncementRecipes.WithContents(recipe, items));
            using var saves = new QueryCounter(host, tenant);
            Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, recipe], host.Services, TextWriter.Null, error));
            Assert.True(saves.TrackedAtSaves.Count > items, error.ToString());
            return saves.TrackedAtSaves.Max();
        }

        var few = await MostTrackedAtASaveAsync("ba-thong-bao", 3);
        var many = await MostTrackedAtASaveAsync("ba-muoi-thong-bao", 30);

        Assert.Equal(few, many);
        Assert.Equal((1, 33), await CountAsync(tenant));
    }

    [Fact]
    public async Task The_demo_content_applied_again_to_the_tenant_it_set_up_changes_nothing()
    {
        Task<(int Rows, int Media)> RowsAsync() => TenantServices.RunAsync(host, "gia-hoa", async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            return (await db.ContentItems.CountAsync(), await db.MediaFiles.CountAsync());
        });

        var before = await RowsAsync();
        var error = new StringWriter();
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", "gia-hoa", "demo-gia-hoa-content"], host.Services, TextWriter.Null, error));
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task A_recipe_wrong_in_its_last_step_changes_nothing_and_says_where()
    {
        var tenant = await NewTenantAsync();
        // The type is valid; the announcement lacks its required body; the user exists already.
        var broken = AnnouncementRecipes.WithContent("thong-bao-hong", "thong-bao-2", body: "")
            .Replace("\"Html\": \"\"", "\"Html\": null", StringComparison.Ordinal);
        var file = Path.Combine(host.DataPath, "thong-bao-hong.recipe.json");
        const string ExistingUser = """{ "name": "Users", "Users": [ { "UserName": "admin", "Password": "Mat-khau-moi-2024", "Roles": [ "Editor" ] } ] },""";
        await File.WriteAllTextAsync(file, broken.Replace("\"steps\": [", "\"steps\": [ " + ExistingUser, StringComparison.Ordinal));

        var error = new StringWriter();
        Assert.Equal(1, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, file], host.Services, TextWriter.Null, error));
        Assert.Contains("thong-bao-hong.recipe.json steps[0] (Users) Users[0].UserName", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("ThongBaoPart.Body", error.ToString(), StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountAsync(tenant));
        // The administrator's password was not replaced.
        (await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword)).Http.Dispose();
    }

    [Fact]
    public async Task The_administration_applies_a_recipe_to_its_own_tenant_and_the_district_to_any_tenant()
    {
        var tenant = await NewTenantAsync();

        // The district's administrator applies the type's recipe from the folder to the commune.
        var district = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using (var applied = await district.Http.PostFormAsync("/admin/recipes", null, new Dictionary<string, string> { ["Tenant"] = tenant, ["Recipe"] = "thong-bao" }))
        {
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
            Assert.Contains("Đã áp dụng công thức “Thông báo” cho đơn vị “UBND xã Gia Lạc”.", await applied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal((1, 0), await CountAsync(tenant));

        // The commune's administrator pastes a recipe adding an announcement; no tenant to choose there.
        var admin = await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.DoesNotContain("name=\"Tenant\"", await admin.Http.GetStringAsync($"/{tenant}/admin/recipes"), StringComparison.Ordinal);
        using (var pasted = await admin.Http.PostFormAsync($"/{tenant}/admin/recipes", null, new Dictionary<string, string> { ["Json"] = AnnouncementRecipes.WithContent("dan-vao", "thong-bao-3") }))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        Assert.Contains(AnnouncementRecipes.Title, await admin.Http.GetStringAsync($"/{tenant}/admin/content?type=ThongBao"), StringComparison.Ordinal);

        // Refused whole: the Tenants step is for the district's setup only.
        using (var refused = await admin.Http.PostFormAsync($"/{tenant}/admin/recipes", null, new Dictionary<string, string>
        {
            ["Json"] = """{ "name": "tao-xa", "displayName": "Tạo xã", "steps": [ { "name": "Tenants", "Tenants": [] } ] }""",
        }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("tao-xa.recipe.json steps[0] (Tenants)", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // An editor may not apply recipes, and a commune's administrator cannot reach another tenant.
        var editor = await EditorClient.SignInAsync(host, $"/{tenant}", await TenantServices.CreateUserAsync(host, tenant, "Editor"), TenantServices.UserPassword);
        using (var forbidden = await editor.Http.GetAsync($"/{tenant}/admin/recipes"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var elsewhere = await admin.Http.PostFormAsync($"/{tenant}/admin/recipes", null, new Dictionary<string, string> { ["Tenant"] = "default", ["Recipe"] = "thong-bao" });
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}

public sealed class SqliteRunningTenantRecipeTests(SqliteDemoHost host) : RunningTenantRecipeBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlRunningTenantRecipeTests(PostgreSqlDemoHost host) : RunningTenantRecipeBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
