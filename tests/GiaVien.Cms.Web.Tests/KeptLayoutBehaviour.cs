using System.Net;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The layout's header, menu and footer are written from markup kept per tenant (<see cref="KeptLayoutTests"/>): through
/// the real site, with every page rendered (output cache off), a menu or settings edit shows at once on every page, the
/// current menu item is marked on its own page only, and two communes under the same paths each show their own name,
/// menu and links. The site's view model itself is kept per tenant between its public changes (<see cref="KeptSiteModels"/>):
/// a category renamed or a feature switched shows on the next page, and a model is never answered for another path
/// base, address, language or year.
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

    [Fact]
    public async Task A_category_renamed_or_a_feature_switched_shows_at_once_in_the_menu()
    {
        var (name, admin) = await CommuneAsync("gia-sinh");
        using (var menu = await admin.Http.PostFormAsync($"/{name}/admin/menu", null, Rows(("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Thông báo", "/thong-bao"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, menu.StatusCode);
        }

        var browser = host.Browser();
        async Task<string> MenuTwiceAsync()
        {
            // Twice: the second page is answered the kept site model.
            await browser.GetPageAsync($"/{name}/");
            return KeptLayoutTests.MainMenu((await browser.GetPageAsync($"/{name}/")).Html);
        }

        Assert.Contains($"<a href=\"/{name}/chuyen-muc/kinh-te\">Kinh tế</a>", await MenuTwiceAsync(), StringComparison.Ordinal);
        await TenantServices.RunAsync(host, name, async services =>
        {
            var record = await services.GetRequiredService<ContentVersions>().LiveLatestAsync(PublishedQueries.CategoryTaxonomy, CancellationToken.None);
            var taxonomy = ContentItemMapper.ToItem(record);
            var terms = taxonomy.Content["TaxonomyPart"]!["Terms"]!.AsArray();
            terms.Single(t => (string?)t!["Title"] == "Kinh tế")!["Title"] = "Kinh tế - Nông nghiệp";
            var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            await services.GetRequiredService<ContentManager>().SaveDraftAsync(taxonomy, record.Number, definitions, services.GetRequiredService<StoredContentReferences>(), CmsHost.AdminUserName);
            await services.GetRequiredService<ContentPublisher>().PublishAsync(PublishedQueries.CategoryTaxonomy, CmsHost.AdminUserName);
        });
        var renamed = await MenuTwiceAsync();
        Assert.Contains($"<a href=\"/{name}/chuyen-muc/kinh-te-nong-nghiep\">Kinh tế - Nông nghiệp</a>", renamed, StringComparison.Ordinal);
        Assert.DoesNotContain(">Kinh tế</a>", renamed, StringComparison.Ordinal);

        // The announcements' section is in the menu while their feature is on, and leaves it with their pages.
        await SwitchAsync(admin, name, "Enable", "announcements");
        Assert.Contains($"<a href=\"/{name}/thong-bao\">Thông báo</a>", await MenuTwiceAsync(), StringComparison.Ordinal);
        await SwitchAsync(admin, name, "Disable", "announcements");
        Assert.DoesNotContain("Thông báo</a>", await MenuTwiceAsync(), StringComparison.Ordinal);
        await SwitchAsync(admin, name, "Enable", "announcements");
        Assert.Contains($"<a href=\"/{name}/thong-bao\">Thông báo</a>", await MenuTwiceAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenants_site_model_is_made_once_between_its_changes_and_never_answered_for_another_address_language_or_year()
    {
        var (name, _) = await CommuneAsync("gia-tan");
        var first = await SiteAsync(name, "/", $"/{name}", "localhost");
        var again = await SiteAsync(name, "/", $"/{name}", "localhost");
        // Made once: the same menu and categories (the visit figures are the request's own).
        Assert.Same(first.Menu, again.Menu);
        Assert.Same(first.Categories, again.Categories);
        Assert.Equal("http://localhost/" + name, first.BaseUrl);

        // Reached by its own host name (no path prefix) and by another loopback address: its own base path and address each.
        var byHost = await SiteAsync(name, "/", "", "127.0.0.1");
        Assert.Equal(("", "http://127.0.0.1", "/tin-tuc"), (byHost.BasePath, byHost.BaseUrl, byHost.Menu.Single(m => m.Title == "Tin tức").Url));
        Assert.Equal($"/{name}/tin-tuc", (await SiteAsync(name, "/", $"/{name}", "localhost")).Menu.Single(m => m.Title == "Tin tức").Url);

        // The English pages have the English site's menu.
        var english = await SiteAsync(name, "/en/about", $"/{name}", "localhost");
        Assert.Equal(("en", $"/{name}/en/search"), (english.Language, english.SearchUrl));
        Assert.DoesNotContain(english.Menu, m => m.Title == "Tin tức");
        Assert.Contains(first.Menu, m => m.Title == "Tin tức");

        // The year turns at midnight in Việt Nam (17:00 UTC): the copyright line's year with it.
        var lastMinute = await SiteAsync(name, "/", $"/{name}", "localhost", new StoppedClock(new DateTimeOffset(2026, 12, 31, 16, 59, 0, TimeSpan.Zero)));
        var newYear = await SiteAsync(name, "/", $"/{name}", "localhost", new StoppedClock(new DateTimeOffset(2026, 12, 31, 17, 0, 30, TimeSpan.Zero)));
        Assert.Equal((2026, 2027), (lastMinute.Year, newYear.Year));
    }

    /// <summary>The site model <see cref="PageRenderer.SiteAsync"/> answers a request of <paramref name="tenant"/> for these address parts.</summary>
    private Task<SiteViewModel> SiteAsync(string tenant, string path, string pathBase, string hostName, TimeProvider? clock = null) =>
        TenantServices.RunAsync(host, tenant, services =>
        {
            var renderer = clock is null ? services.GetRequiredService<PageRenderer>() : ActivatorUtilities.CreateInstance<PageRenderer>(services, clock);
            var context = new DefaultHttpContext { RequestServices = services };
            (context.Request.Scheme, context.Request.Host, context.Request.PathBase, context.Request.Path) = ("http", new HostString(hostName), pathBase, path);
            return renderer.SiteAsync(context);
        });

    private sealed class StoppedClock(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }

    private static async Task SwitchAsync(EditorClient admin, string tenant, string handler, string feature)
    {
        using var response = await admin.Http.PostFormAsync($"/{tenant}/admin/features", $"/{tenant}/admin/features?handler={handler}", new Dictionary<string, string> { ["id"] = feature });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
