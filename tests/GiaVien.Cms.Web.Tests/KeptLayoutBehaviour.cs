using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The layout's header, menu and footer are written from markup kept per tenant (<see cref="KeptLayoutTests"/>): through
/// the real site, with every page rendered (output cache off), a menu or settings edit shows at once on every page, the
/// current menu item is marked on its own page only, and two communes under the same paths each show their own name,
/// menu and links.
/// </summary>
public abstract class KeptLayoutBehaviour(DemoHost host)
{
    [Fact]
    public async Task A_menu_or_settings_edit_shows_at_once_on_every_page_and_the_current_item_is_marked_on_its_own()
    {
        var (name, admin) = await CommuneAsync("gia-minh");
        await admin.PostEditorAsync(null, "Publish", EditorClient.News("Gia Minh ra quân làm đường giao thông nông thôn"));
        var browser = host.Browser();
        var article = HttpExtensions.ArticleLinks((await browser.GetPageAsync($"/{name}/")).Html).Single();
        var pages = new[] { $"/{name}/", $"/{name}/tin-tuc", article };
        foreach (var page in pages)
        {
            // Twice: the second render writes the header and footer from their kept markup.
            await browser.GetPageAsync(page);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync(page)).Status);
        }

        using (var menu = await admin.Http.PostFormAsync($"/{name}/admin/menu", null,
            Rows(("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Lịch tiếp công dân", "/trang/lich-tiep-cong-dan"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, menu.StatusCode);
        }

        foreach (var page in pages)
        {
            var html = (await browser.GetPageAsync(page)).Html;
            Assert.Contains($"<a href=\"/{name}/trang/lich-tiep-cong-dan\">Lịch tiếp công dân</a>", html, StringComparison.Ordinal);
            // The current item: the home link on the home page, "Tin tức" on the news list, none on an article.
            Assert.Equal(page == $"/{name}/", html.Contains($"<a href=\"/{name}/\" aria-current=\"page\">Trang chủ</a>", StringComparison.Ordinal));
            Assert.Equal(page == $"/{name}/tin-tuc", html.Contains($"<a href=\"/{name}/tin-tuc\" aria-current=\"page\">Tin tức</a>", StringComparison.Ordinal));
        }

        using (var saved = await admin.Http.PostFormAsync($"/{name}/admin/settings", null, new Dictionary<string, string>
        {
            ["Values[SiteName]"] = "Trang thông tin điện tử xã Gia Minh", ["Values[PrimaryColor]"] = "#0b5394", ["Values[Address]"] = "Thôn Kính Chủ, xã Gia Minh",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        foreach (var page in pages)
        {
            var html = (await browser.GetPageAsync(page)).Html;
            Assert.Contains("<span class=\"site-name\">Trang thông tin điện tử xã Gia Minh</span>", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"footer-name\">Trang thông tin điện tử xã Gia Minh</p>", html, StringComparison.Ordinal);
            Assert.Contains("Thôn Kính Chủ, xã Gia Minh", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_communes_under_the_same_paths_each_show_their_own_header_menu_and_footer()
    {
        var (first, _) = await CommuneAsync("gia-phong");
        var (second, secondAdmin) = await CommuneAsync("gia-phong");
        using (var menu = await secondAdmin.Http.PostFormAsync($"/{second}/admin/menu", null, Rows(("Trang chủ", "/"), ("Thủ tục hành chính", "/thu-tuc-hanh-chinh"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, menu.StatusCode);
        }

        var browser = host.Browser();
        for (var render = 0; render < 2; render++)
        {
            var firstHome = (await browser.GetPageAsync($"/{first}/")).Html;
            var secondHome = (await browser.GetPageAsync($"/{second}/")).Html;
            Assert.Contains($"<span class=\"site-name\">Xã {first}</span>", firstHome, StringComparison.Ordinal);
            Assert.Contains($"<p class=\"footer-name\">Xã {first}</p>", firstHome, StringComparison.Ordinal);
            Assert.DoesNotContain($"Xã {second}", firstHome, StringComparison.Ordinal);
            Assert.DoesNotContain("Thủ tục hành chính</a>", KeptLayoutTests.MainMenu(firstHome), StringComparison.Ordinal);
            Assert.Contains($"<span class=\"site-name\">Xã {second}</span>", secondHome, StringComparison.Ordinal);
            Assert.DoesNotContain($"Xã {first}", secondHome, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/{second}/thu-tuc-hanh-chinh\">Thủ tục hành chính</a>", KeptLayoutTests.MainMenu(secondHome), StringComparison.Ordinal);
            Assert.DoesNotContain($"/{first}/", secondHome, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Rows(params (string Title, string Url)[] rows)
    {
        var fields = new Dictionary<string, string> { ["Command"] = "save" };
        for (var i = 0; i < rows.Length; i++)
        {
            (fields[$"Items[{i}].Title"], fields[$"Items[{i}].Url"], fields[$"Items[{i}].Depth"]) = (rows[i].Title, rows[i].Url, "0");
        }

        return fields;
    }

    private async Task<(string Name, EditorClient Admin)> CommuneAsync(string prefix)
    {
        var name = TenantFactory.UniqueName(prefix);
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã " + name, name, [], null));
        return (name, await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword));
    }
}

public sealed class KeptLayoutOnSqlite(UncachedSqliteHost host) : KeptLayoutBehaviour(host), IClassFixture<UncachedSqliteHost>;
