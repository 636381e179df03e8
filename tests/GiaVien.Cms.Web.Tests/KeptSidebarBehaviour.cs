using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An article's sidebar blocks are the tenant's shared block instances, written from their kept markup
/// (<see cref="KeptSidebarTests"/>): through the real site, with every page rendered (output cache off), each article's
/// "Tin mới" leaves that article out although the block is kept, and a publish and a block's edit show on the very
/// next article page.
/// </summary>
public abstract class KeptSidebarBehaviour(DemoHost host)
{
    [Fact]
    public async Task Each_articles_sidebar_leaves_it_out_and_a_publish_and_a_blocks_edit_show_at_once()
    {
        var name = TenantFactory.UniqueName("gia-lac");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã " + name, name, [], null));
        var older = await TenantServices.PublishArticleAsync(host, name, "Gia Lạc tu sửa nhà văn hóa thôn", "<p>Nội dung bài viết.</p>");
        var newer = await TenantServices.PublishArticleAsync(host, name, "Gia Lạc ra quân làm đường nội đồng", "<p>Nội dung bài viết.</p>");
        var browser = host.Browser();

        // Twice each, in turn: the second render writes the blocks from their kept markup.
        for (var render = 0; render < 2; render++)
        {
            var ofOlder = await SidebarAsync(browser, $"/{name}/{older}");
            Assert.Contains("Gia Lạc ra quân làm đường nội đồng", ofOlder, StringComparison.Ordinal);
            Assert.DoesNotContain("Gia Lạc tu sửa nhà văn hóa thôn", ofOlder, StringComparison.Ordinal);
            var ofNewer = await SidebarAsync(browser, $"/{name}/{newer}");
            Assert.Contains("Gia Lạc tu sửa nhà văn hóa thôn", ofNewer, StringComparison.Ordinal);
            Assert.DoesNotContain("Gia Lạc ra quân làm đường nội đồng", ofNewer, StringComparison.Ordinal);
        }

        await TenantServices.PublishArticleAsync(host, name, "Gia Lạc tổ chức hội thi nấu cơm", "<p>Nội dung bài viết.</p>");
        Assert.Contains("Gia Lạc tổ chức hội thi nấu cơm", await SidebarAsync(browser, $"/{name}/{older}"), StringComparison.Ordinal);

        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        var id = await KeptBlocksBehaviour.AddLinksAsync(admin, name, "Sidebar", "Địa chỉ hữu ích");
        Assert.Contains("Địa chỉ hữu ích", await SidebarAsync(browser, $"/{name}/{older}"), StringComparison.Ordinal);
        Assert.Contains("Địa chỉ hữu ích", await SidebarAsync(browser, $"/{name}/{older}"), StringComparison.Ordinal);

        await KeptBlocksBehaviour.SaveLinksAsync(admin, name, "Sidebar", id, "Trang web cần biết");
        var edited = await SidebarAsync(browser, $"/{name}/{older}");
        Assert.Contains("Trang web cần biết", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("Địa chỉ hữu ích", edited, StringComparison.Ordinal);
    }

    private static async Task<string> SidebarAsync(HttpClient browser, string path)
    {
        var (status, html) = await browser.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        var sidebar = html.IndexOf("<div class=\"sidebar\">", StringComparison.Ordinal);
        Assert.True(sidebar > 0, "The article has no sidebar.");
        return html[sidebar..];
    }
}

public sealed class KeptSidebarOnSqlite(UncachedSqliteHost host) : KeptSidebarBehaviour(host), IClassFixture<UncachedSqliteHost>;
