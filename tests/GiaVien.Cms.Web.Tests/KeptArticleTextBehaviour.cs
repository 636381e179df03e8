using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An article's text is written from markup kept beside its stored version (<see cref="KeptArticleTextTests"/>):
/// through the real site, with every page rendered (output cache off), an edit of the title, lead and body shows on the
/// very next article page and an unpublished article is gone from it at once.
/// </summary>
public abstract class KeptArticleTextBehaviour(DemoHost host)
{
    [Fact]
    public async Task An_edit_and_an_unpublish_show_at_once_on_the_article_page()
    {
        var name = TenantFactory.UniqueName("gia-phu");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã " + name, name, [], null));
        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish",
            EditorClient.News("Gia Phú khánh thành nhà văn hóa thôn", "Nhà văn hóa mới khang trang.", "<p>Lễ khánh thành có đông đủ bà con.</p>")));
        var browser = host.Browser();
        var article = HttpExtensions.ArticleLinks((await browser.GetPageAsync($"/{name}/")).Html).Single();
        for (var render = 0; render < 2; render++)
        {
            // Twice: the second render writes the text from its kept markup.
            var html = (await browser.GetPageAsync(article)).Html;
            Assert.Contains("<h1>Gia Phú khánh thành nhà văn hóa thôn</h1>", html, StringComparison.Ordinal);
            Assert.Contains("Lễ khánh thành có đông đủ bà con.", html, StringComparison.Ordinal);
        }

        using (var edited = await admin.PostEditorAsync(id, "Publish",
            EditorClient.News("Gia Phú đưa nhà văn hóa thôn vào sử dụng", "Nhà văn hóa phục vụ sinh hoạt cộng đồng.", "<p>Bà con đã tổ chức buổi sinh hoạt đầu tiên.</p>")))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        // The title may have moved the article to a new address (the old one redirects): read it from the home page.
        article = HttpExtensions.ArticleLinks((await browser.GetPageAsync($"/{name}/")).Html).Single();
        var after = (await browser.GetPageAsync(article)).Html;
        Assert.Contains("<h1>Gia Phú đưa nhà văn hóa thôn vào sử dụng</h1>", after, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\">Nhà văn hóa phục vụ sinh hoạt cộng đồng.</p>", after, StringComparison.Ordinal);
        Assert.Contains("Bà con đã tổ chức buổi sinh hoạt đầu tiên.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Lễ khánh thành có đông đủ bà con.", after, StringComparison.Ordinal);

        using (var unpublished = await admin.ActAsync(id, "Unpublish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetPageAsync(article)).Status);
    }
}

public sealed class KeptArticleTextOnSqlite(UncachedSqliteHost host) : KeptArticleTextBehaviour(host), IClassFixture<UncachedSqliteHost>;
