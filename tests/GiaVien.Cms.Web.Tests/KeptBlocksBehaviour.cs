using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The home page's blocks are written from markup kept beside the tenant's shared block instances (<see cref="KeptBlocksTests"/>):
/// through the real site, with every page rendered (output cache off), a publish, a block's settings edit and a hidden
/// block show on the very next home page. That two communes under the same paths never share a block's markup is held
/// by <see cref="KeptNewsItemsBehaviour"/>'s home pages, the district's "Tin cơ sở" by <c>SharedNewsReadModelBehaviour</c>.
/// </summary>
public abstract partial class KeptBlocksBehaviour(DemoHost host)
{
    [Fact]
    public async Task A_publish_a_blocks_settings_edit_and_a_hidden_block_show_at_once_on_the_home_page()
    {
        var name = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã " + name, name, [], null));
        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        var browser = host.Browser();
        await admin.PostEditorAsync(null, "Publish", EditorClient.News("Gia Tân khánh thành trường mầm non"));
        var id = await AddLinksAsync(admin, name, "Home", "Địa chỉ hữu ích");
        await HomeTwiceAsync(browser, name, "Địa chỉ hữu ích");

        await admin.PostEditorAsync(null, "Publish", EditorClient.News("Gia Tân ra quân làm đường giao thông nông thôn"));
        var published = await HomeTwiceAsync(browser, name, "Gia Tân ra quân làm đường giao thông nông thôn");
        Assert.Contains("Gia Tân khánh thành trường mầm non", published, StringComparison.Ordinal);

        await SaveLinksAsync(admin, name, "Home", id, "Trang web cần biết");
        Assert.DoesNotContain("Địa chỉ hữu ích", await HomeTwiceAsync(browser, name, "Trang web cần biết"), StringComparison.Ordinal);

        using (var hidden = await PostAsync(admin, name, "Toggle", new() { ["Zone"] = "Home", ["id"] = id }))
        {
            Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        }

        var home = (await browser.GetPageAsync($"/{name}/")).Html;
        Assert.DoesNotContain("Trang web cần biết", home, StringComparison.Ordinal);
        Assert.Contains("Gia Tân ra quân làm đường giao thông nông thôn", home, StringComparison.Ordinal);
    }

    // Twice: the second render writes the blocks from their kept markup.
    private static async Task<string> HomeTwiceAsync(HttpClient browser, string name, string shown)
    {
        Assert.Contains(shown, (await browser.GetPageAsync($"/{name}/")).Html, StringComparison.Ordinal);
        var html = (await browser.GetPageAsync($"/{name}/")).Html;
        Assert.Contains(shown, html, StringComparison.Ordinal);
        return html;
    }

    /// <summary>Adds a link list titled <paramref name="title"/> to the tenant's <paramref name="zone"/> and returns its id.</summary>
    internal static async Task<string> AddLinksAsync(EditorClient admin, string tenant, string zone, string title)
    {
        using var added = await PostAsync(admin, tenant, "Add", new() { ["Zone"] = zone, ["kind"] = "LinkList" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = EditParameter().Match(added.Headers.Location!.OriginalString).Groups[1].Value;
        await SaveLinksAsync(admin, tenant, zone, id, title);
        return id;
    }

    internal static async Task SaveLinksAsync(EditorClient admin, string tenant, string zone, string id, string title)
    {
        using var saved = await PostAsync(admin, tenant, "Save", new()
        {
            ["Zone"] = zone, ["id"] = id, ["Title"] = title, ["LinksText"] = "Cổng thông tin điện tử tỉnh Ninh Bình | https://ninhbinh.gov.vn/",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(EditorClient admin, string tenant, string handler, Dictionary<string, string> fields) =>
        await admin.Http.PostFormAsync($"/{tenant}/admin/blocks", $"/{tenant}/admin/blocks?handler={handler}", fields);

    [GeneratedRegex(@"edit=([a-z0-9]+)")]
    private static partial Regex EditParameter();
}

public sealed class KeptBlocksOnSqlite(UncachedSqliteHost host) : KeptBlocksBehaviour(host), IClassFixture<UncachedSqliteHost>;
