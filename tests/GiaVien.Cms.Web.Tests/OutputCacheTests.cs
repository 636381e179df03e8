using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Anonymous pages come from the output cache, keyed by tenant, and a change of what a tenant shows (publish,
/// unpublish, settings, templates) is visible on the very next request.
/// </summary>
public sealed class OutputCacheTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<string> NewCommuneAsync(string stem)
    {
        var name = TenantFactory.UniqueName(stem);
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));
        return name;
    }

    [Fact]
    public async Task A_second_anonymous_request_is_served_from_the_cache_of_its_own_tenant()
    {
        var name = await NewCommuneAsync("gia-lap");
        using var first = await host.Browser().GetAsync($"/{name}/");
        using var second = await host.Browser().GetAsync($"/{name}/");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("class=\"site-name\">Xã Gia Lập<", html);
        Assert.Contains("Chưa có tin bài nào được xuất bản.", html);
        Assert.DoesNotContain("Xã Gia Lập", (await host.Browser().GetPageAsync("/gia-hoa/")).Html);
    }

    [Fact]
    public async Task Publishing_and_unpublishing_show_on_the_next_request_of_the_cached_pages()
    {
        var name = await NewCommuneAsync("gia-lap");
        Assert.Contains("Chưa có tin bài nào", (await host.Browser().GetPageAsync($"/{name}/")).Html);
        await host.Browser().GetPageAsync($"/{name}/rss.xml");

        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        var fields = EditorClient.News("Xã Gia Lập ra quân làm giao thông nông thôn");
        fields["f:DistrictNewsPart:ShareWithDistrict"] = "true";
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", fields));

        Assert.Contains("Xã Gia Lập ra quân làm giao thông nông thôn", (await host.Browser().GetPageAsync($"/{name}/")).Html);
        Assert.Contains("Xã Gia Lập ra quân làm giao thông nông thôn", (await host.Browser().GetPageAsync($"/{name}/rss.xml")).Html);
        // The district's "Tin cơ sở" shows it too: a commune's change drops the district's cached pages.
        Assert.Contains("Xã Gia Lập ra quân làm giao thông nông thôn", (await host.Browser().GetPageAsync("/")).Html);

        await admin.ActAsync(id, "Unpublish");
        Assert.DoesNotContain("Xã Gia Lập ra quân làm giao thông nông thôn", (await host.Browser().GetPageAsync($"/{name}/")).Html);
        Assert.DoesNotContain("Xã Gia Lập ra quân làm giao thông nông thôn", (await host.Browser().GetPageAsync("/")).Html);
    }

    [Fact]
    public async Task A_saved_setting_shows_on_the_next_request()
    {
        var name = await NewCommuneAsync("gia-lap");
        Assert.DoesNotContain("Ngày hội đại đoàn kết", (await host.Browser().GetPageAsync($"/{name}/")).Html);

        await TenantServices.RunAsync(host, name, async sp =>
        {
            await sp.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.BannerText, "Ngày hội đại đoàn kết toàn dân tộc");
            await sp.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });

        Assert.Contains("NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC", (await host.Browser().GetPageAsync($"/{name}/")).Html);
    }

    [Fact]
    public async Task A_setting_written_by_another_node_shows_once_the_change_is_notified()
    {
        var name = await NewCommuneAsync("gia-lap");
        // Signed in, pages bypass the output cache: what is seen is the settings cache of the shell.
        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.DoesNotContain("MỪNG XUÂN", await admin.Http.GetStringAsync($"/{name}/"));

        // Another node's save reaches this node's database but not this process's SaveChanges.
        await TenantServices.RunAsync(host, name, sp => sp.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Settings\" (\"Name\", \"Value\") VALUES ({0}, {1}) ON CONFLICT (\"Name\") DO UPDATE SET \"Value\" = excluded.\"Value\"",
            SiteSettingNames.BannerText, "Mừng Xuân Bính Ngọ"));
        Assert.DoesNotContain("MỪNG XUÂN", await admin.Http.GetStringAsync($"/{name}/"));

        host.Services.GetRequiredService<GiaVien.Cms.Data.Changes.PublicChanges>().Notify(name);
        Assert.Contains("MỪNG XUÂN BÍNH NGỌ", await admin.Http.GetStringAsync($"/{name}/"));
    }

    [Fact]
    public async Task A_signed_in_editor_is_never_served_a_cached_page()
    {
        var name = await NewCommuneAsync("gia-lap");
        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        await admin.Http.GetAsync($"/{name}/");
        using var second = await admin.Http.GetAsync($"/{name}/");
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task A_signed_in_editor_is_not_served_the_page_cached_for_anonymous_visitors()
    {
        var name = await NewCommuneAsync("gia-lap");
        using var anonymous = host.CreateClient(new() { HandleCookies = false });
        await anonymous.GetAsync($"/{name}/");
        using var cached = await anonymous.GetAsync($"/{name}/");
        Assert.NotNull(cached.Headers.Age);

        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var editors = await admin.Http.GetAsync($"/{name}/");
        Assert.Null(editors.Headers.Age);
    }

    [Fact]
    public async Task A_tenants_template_override_is_used_and_a_broken_one_falls_back_to_the_theme()
    {
        var name = await NewCommuneAsync("gia-lap");
        Task SaveAsync(string source) => TenantServices.RunAsync(host, name, sp => sp.GetRequiredService<ThemeTemplateStore>().SaveAsync("Page", source, "test"));

        await SaveAsync("<h1 class=\"rieng\">{{ title }}</h1>{{ body_html | raw }}");
        Assert.Contains("<h1 class=\"rieng\">Giới thiệu</h1>", (await host.Browser().GetPageAsync($"/{name}/trang/gioi-thieu")).Html);

        // Written behind the validation's back (say, by a script): one does not parse, one fails while rendering.
        await SaveAsync("{% if title %}<h1>{{ title }}</h1>");
        var (status, html) = await host.Browser().GetPageAsync($"/{name}/trang/gioi-thieu");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<article class=\"article static-page\">", html);

        await SaveAsync("{% include 'Khong/Ton/Tai' %}");
        (status, html) = await host.Browser().GetPageAsync($"/{name}/trang/gioi-thieu");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<article class=\"article static-page\">", html);
    }
}
