using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A recipe that is wrong in any way leaves the tenant Uninitialized, with no database, and says where the fault is.</summary>
public abstract class RecipeFailureBehaviour(DemoHost host)
{
    private const string ValidNews = """
        { "ContentItemId": "tin-1", "ContentType": "DistrictNews", "Published": true,
          "TitlePart": { "Title": "Hội nghị triển khai nhiệm vụ năm 2024" },
          "DistrictNewsPart": { "Lead": { "Text": "Tóm tắt." }, "Body": { "Html": "<p>Nội dung.</p>" },
            "Categories": { "TaxonomyContentItemId": "chuyen-muc", "TermContentItemIds": [ "kinh-te" ] } } }
        """;

    public static TheoryData<string, string, string[]> BrokenRecipes => new()
    {
        {
            "hong-json",
            """{ "name": "hong-json", "displayName": "Hỏng", "steps": [ { "name": "Settings", ] }""",
            ["hong-json.recipe.json", "JSON không hợp lệ ở dòng 1"]
        },
        {
            "buoc-la",
            Recipe("buoc-la", """{ "name": "XoaHet" }"""),
            ["buoc-la.recipe.json steps[1] (XoaHet) name", "Bước \"XoaHet\" không tồn tại"]
        },
        {
            "thieu-tom-tat",
            Recipe("thieu-tom-tat", """{ "name": "Content", "data": [ { "ContentItemId": "x", "ContentType": "DistrictNews", "TitlePart": { "Title": "Tiêu đề" }, "DistrictNewsPart": { "Body": { "Html": "<p>a</p>" } } } ] }"""),
            ["thieu-tom-tat.recipe.json steps[1] (Content) data[0].DistrictNewsPart.Lead", "Trường \"Tóm tắt\" là bắt buộc."]
        },
        {
            "sai-chuyen-muc",
            Recipe("sai-chuyen-muc", "{ \"name\": \"Content\", \"data\": [ " + ValidNews.Replace("kinh-te", "khong-co", StringComparison.Ordinal) + " ] }"),
            ["sai-chuyen-muc.recipe.json steps[1] (Content) data[0].DistrictNewsPart.Categories", "chuyên mục \"khong-co\" không tồn tại"]
        },
        {
            "sai-vai-tro",
            Recipe("sai-vai-tro", """{ "name": "Users", "Users": [ { "UserName": "bientap", "Password": "mat-khau-du-dai", "Roles": [ "TongBienTap" ] } ] }"""),
            ["sai-vai-tro.recipe.json steps[1] (Users) Users[0].Roles", "Vai trò \"TongBienTap\" chưa được khai báo"]
        },
        {
            "thieu-tham-so",
            Recipe("thieu-tham-so", """{ "name": "Settings", "SiteName": "[setup:TenXa]" }"""),
            ["thieu-tham-so.recipe.json steps[1] (Settings)", "[setup:TenXa]"]
        },
        {
            "tep-ngoai",
            Recipe("tep-ngoai", """{ "name": "Media", "Files": [ { "Source": "../appsettings.json", "Folder": "demo" }, { "Source": "media/khong-co.jpg", "Folder": "../x" } ] }"""),
            ["tep-ngoai.recipe.json steps[1] (Media) Files[0].Source", "bên trong thư mục công thức", "Files[1].Source", "Không tìm thấy tệp \"media/khong-co.jpg\"", "Files[1].Folder"]
        },
        {
            // Valid on paper; fails while executing, after news were written: everything must be rolled back.
            "mat-khau-ngan",
            Recipe("mat-khau-ngan", "{ \"name\": \"Content\", \"data\": [ " + ValidNews + " ] }",
                """{ "name": "Users", "Users": [ { "UserName": "bientap", "Password": "ngan", "Roles": [ "Editor" ] } ] }"""),
            ["mat-khau-ngan.recipe.json steps[2] (Users)", "Mật khẩu cần có ít nhất"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenRecipes))]
    public async Task A_broken_recipe_names_the_fault_and_leaves_nothing_behind(string recipe, string json, string[] expected)
    {
        TestRecipes.Add(host, recipe, json);
        var name = TenantFactory.UniqueName("gia-thanh");
        await host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Thanh", name, [], recipe));

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            host.Services.GetRequiredService<TenantSetup>().SetupAsync(name, recipe, TenantFactory.Parameters));

        Assert.All(expected, e => Assert.Contains(e, error.Message));
        var tenant = host.Registry.Map.Find(name)!;
        Assert.Equal(TenantState.Uninitialized, tenant.State);
        Assert.All(expected, e => Assert.Contains(e, tenant.LastError));
        Assert.False(await TenantDatabaseExistsAsync(tenant));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Browser().GetPageAsync($"/{name}/")).Status);
    }

    [Fact]
    public async Task A_corrected_recipe_can_then_be_applied_to_the_same_tenant()
    {
        TestRecipes.Add(host, "sua-lai", Recipe("sua-lai", """{ "name": "Bogus" }"""));
        var name = TenantFactory.UniqueName("gia-trung");
        await host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Trung", name, [], "sua-lai"));
        var setup = host.Services.GetRequiredService<TenantSetup>();
        await Assert.ThrowsAsync<RecipeException>(() => setup.SetupAsync(name, "sua-lai", TenantFactory.Parameters));

        TestRecipes.Add(host, "sua-lai", Recipe("sua-lai", "{ \"name\": \"Content\", \"data\": [ " + ValidNews + " ] }"));
        await setup.SetupAsync(name, "sua-lai", TenantFactory.Parameters);

        Assert.Equal(TenantState.Running, host.Registry.Map.Find(name)!.State);
        Assert.Null(host.Registry.Map.Find(name)!.LastError);
        Assert.Contains("Hội nghị triển khai nhiệm vụ năm 2024", (await host.Browser().GetPageAsync($"/{name}/")).Html);
    }

    private static string Recipe(string name, params string[] steps) =>
        $$"""
        { "name": "{{name}}", "displayName": "Công thức thử", "steps": [
          { "name": "Recipes", "Values": [ "giavien-content-types", "giavien-categories" ] },
          {{string.Join(",\n", steps)}} ] }
        """;

    private async Task<bool> TenantDatabaseExistsAsync(TenantRecord tenant)
    {
        if (host.Provider == DatabaseProvider.Sqlite)
        {
            return File.Exists(host.DataFolder.TenantDatabaseFile(tenant.Name));
        }

        await using var connection = new NpgsqlConnection(host.PostgreSqlConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name = @schema", connection);
        command.Parameters.AddWithValue("schema", GiaVien.Cms.Data.TenantDatabase.SchemaName(tenant.Name));
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}

public sealed class RecipeFailureOnSqlite(SqliteDemoHost host) : RecipeFailureBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class RecipeFailureOnPostgreSql(PostgreSqlDemoHost host) : RecipeFailureBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
