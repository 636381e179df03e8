using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Template overrides live in the tenant's database: pages render from a copy kept in the shell, which is loaded
/// again when the tenant's public changes are notified (as another web node's changes will be).
/// </summary>
public abstract class ThemeTemplateStorageBehaviour(DemoHost host)
{
    private async Task<(string Name, EditorClient Admin)> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-phong");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Phong", name, [], null));
        // Signed in, pages bypass the output cache: what is seen is what the renderer used.
        return (name, await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword));
    }

    [Fact]
    public async Task A_template_written_by_another_node_is_used_once_the_change_is_notified_and_not_read_per_request()
    {
        var (name, admin) = await NewCommuneAsync();
        await TenantServices.RunAsync(host, name, sp => sp.GetRequiredService<ThemeTemplateStore>().SaveAsync("Page", "<h1 class=\"nut-a\">{{ title }}</h1>", "test"));
        Assert.Contains("<h1 class=\"nut-a\">Giới thiệu</h1>", await admin.Http.GetStringAsync($"/{name}/trang/gioi-thieu"));

        // Another node's save reaches this node's database but not this process's SaveChanges.
        await TenantServices.RunAsync(host, name, sp => sp.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE \"ThemeTemplates\" SET \"Source\" = {0} WHERE \"View\" = 'Page'", "<h1 class=\"nut-b\">{{ title }}</h1>"));
        Assert.Contains("nut-a", await admin.Http.GetStringAsync($"/{name}/trang/gioi-thieu"));

        host.Services.GetRequiredService<PublicChanges>().Notify(name);
        Assert.Contains("<h1 class=\"nut-b\">Giới thiệu</h1>", await admin.Http.GetStringAsync($"/{name}/trang/gioi-thieu"));

        await TenantServices.RunAsync(host, name, sp => sp.GetRequiredService<ThemeTemplateStore>().DeleteAsync("Page"));
        Assert.DoesNotContain("nut-b", await admin.Http.GetStringAsync($"/{name}/trang/gioi-thieu"));
    }

    [Fact]
    public async Task Template_files_of_an_older_installation_are_imported_on_activation_and_their_folder_renamed()
    {
        var (name, admin) = await NewCommuneAsync();
        await TenantServices.RunAsync(host, name, sp => sp.GetRequiredService<ThemeTemplateStore>().SaveAsync("NotFound", "<p>trong cơ sở dữ liệu</p>", "test"));
        var folder = Path.Combine(host.DataFolder.SiteFolder(name), "Theme", "Views");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "Page.liquid"), "<h1 class=\"tep-cu\">{{ title }}</h1>");
        await File.WriteAllTextAsync(Path.Combine(folder, "NotFound.liquid"), "<p>tệp cũ</p>");
        await File.WriteAllTextAsync(Path.Combine(folder, "ten-sai.liquid"), "<p>không phải tên mẫu</p>");
        host.Services.GetRequiredService<ShellHost>().Release(name);

        Assert.Contains("<h1 class=\"tep-cu\">Giới thiệu</h1>", await admin.Http.GetStringAsync($"/{name}/trang/gioi-thieu"));
        var (names, notFound) = await TenantServices.RunAsync(host, name, async sp =>
        {
            var store = sp.GetRequiredService<ThemeTemplateStore>();
            return (await store.NamesAsync(), await store.SourceAsync("NotFound"));
        });
        Assert.Equal("NotFound,Page", string.Join(",", names));
        Assert.Equal("<p>trong cơ sở dữ liệu</p>", notFound);
        Assert.False(Directory.Exists(folder));
        var renamed = Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(folder)!, "Views.imported-*"));
        Assert.True(File.Exists(Path.Combine(renamed, "Page.liquid")));
    }
}

public sealed class ThemeTemplateStorageOnSqlite(SqliteDemoHost host) : ThemeTemplateStorageBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class ThemeTemplateStorageOnPostgreSql(PostgreSqlDemoHost host) : ThemeTemplateStorageBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
