using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The news items of the lists are written from markup kept beside the read cache's records (<see cref="KeptPartialsTests"/>):
/// through the real site, with every page rendered (output cache off), an edited title shows at once on the home page, the
/// category list and the other articles' "Bài viết khác", and two communes with an article at the same path each show
/// their own item, linked under their own address.
/// </summary>
public abstract class KeptNewsItemsBehaviour(DemoHost host)
{
    private const string Bridge = "Khánh thành cầu dân sinh thôn Đông Thịnh";

    [Fact]
    public async Task An_edited_title_shows_at_once_on_the_home_page_the_category_and_the_other_articles()
    {
        var (name, admin) = await CommuneAsync("gia-lac");
        var browser = host.Browser();
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", EditorClient.News(Bridge)));
        EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", EditorClient.News("Gia Lạc ra quân làm đường giao thông nông thôn")));
        var road = HttpExtensions.ArticleLinks((await browser.GetPageAsync($"/{name}/")).Html).Single(link => link.Contains("ra-quan", StringComparison.Ordinal));
        var pages = new[] { $"/{name}/", $"/{name}/chuyen-muc/kinh-te", road };
        foreach (var page in pages)
        {
            // Twice: the second render writes the items from their kept markup.
            await browser.GetPageAsync(page);
            Assert.Contains(Bridge, (await browser.GetPageAsync(page)).Html, StringComparison.Ordinal);
        }

        using (var edited = await admin.PostEditorAsync(id, "Publish", EditorClient.News("Thông xe cầu dân sinh thôn Đông Thịnh")))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        foreach (var page in pages)
        {
            var html = (await browser.GetPageAsync(page)).Html;
            Assert.Contains("Thông xe cầu dân sinh thôn Đông Thịnh", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Bridge, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_communes_with_an_article_at_the_same_path_each_show_their_own()
    {
        var (first, firstAdmin) = await CommuneAsync("gia-thanh");
        var (second, secondAdmin) = await CommuneAsync("gia-thanh");
        await firstAdmin.PostEditorAsync(null, "Publish", EditorClient.News(Bridge, lead: "Cầu do nhân dân thôn Đông Thịnh góp công xây dựng."));
        await secondAdmin.PostEditorAsync(null, "Publish", EditorClient.News(Bridge, lead: "Cầu nối hai bờ sông Hoàng Long."));
        var browser = host.Browser();

        for (var render = 0; render < 2; render++)
        {
            var firstHome = (await browser.GetPageAsync($"/{first}/")).Html;
            var secondHome = (await browser.GetPageAsync($"/{second}/")).Html;
            Assert.Contains("Cầu do nhân dân thôn Đông Thịnh góp công xây dựng.", firstHome, StringComparison.Ordinal);
            Assert.DoesNotContain("Cầu nối hai bờ sông Hoàng Long.", firstHome, StringComparison.Ordinal);
            Assert.Contains("Cầu nối hai bờ sông Hoàng Long.", secondHome, StringComparison.Ordinal);
            Assert.DoesNotContain("Cầu do nhân dân", secondHome, StringComparison.Ordinal);
            Assert.All(HttpExtensions.ArticleLinks(secondHome), link => Assert.StartsWith($"/{second}/", link, StringComparison.Ordinal));
        }
    }

    private async Task<(string Name, EditorClient Admin)> CommuneAsync(string prefix)
    {
        var name = TenantFactory.UniqueName(prefix);
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã " + name, name, [], null));
        return (name, await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword));
    }
}

public sealed class KeptNewsItemsOnSqlite(UncachedSqliteHost host) : KeptNewsItemsBehaviour(host), IClassFixture<UncachedSqliteHost>;
