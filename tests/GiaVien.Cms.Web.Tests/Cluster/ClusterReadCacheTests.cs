using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Cluster;

/// <summary>
/// A node that renders every page (output cache off) keeps what it read in its read cache: a publish, an edit and an
/// unpublish made on another node show on its next render once the change notice arrives, as the output cache does.
/// </summary>
public sealed class ClusterReadCacheTests(ClusterNodes cluster) : IClassFixture<ClusterNodes>
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_publish_an_edit_and_an_unpublish_on_A_show_on_the_next_uncached_render_of_another_node()
    {
        var uncachedNode = await cluster.StartNodeAsync("--Cms:OutputCache:Enabled=false");
        using var reader = uncachedNode.Client();
        await Eventually.ThatAsync(async () => (await reader.GetAsync("/")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the third node did not serve");
        var admin = new EditorClient(cluster.A.Browser(new CookieContainer()), "");
        using (var signIn = await admin.Http.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var title = "Gia Viễn khởi công cầu Đồng Chương " + Guid.NewGuid().ToString("N")[..6];
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/tin-tuc")).Html);
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Publish", EditorClient.News(title)));

        await Eventually.ThatAsync(async () => (await reader.GetPageAsync("/")).Html.Contains(title, StringComparison.Ordinal), Promise, "the home page did not show the article");
        Assert.Contains(title, (await reader.GetPageAsync("/tin-tuc")).Html);
        var article = Regex.Match((await reader.GetPageAsync("/")).Html, $"href=\"([^\"]+)\">{Regex.Escape(title)}<").Groups[1].Value;
        Assert.Contains("Nội dung bài viết.", (await reader.GetPageAsync(article)).Html);

        using (var edited = await admin.PostEditorAsync(id, "Publish", EditorClient.News(title, body: "<p>Cầu dài 120 m, hoàn thành trong năm 2025.</p>")))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        await Eventually.ThatAsync(async () => (await reader.GetPageAsync(article)).Html.Contains("Cầu dài 120 m", StringComparison.Ordinal), Promise, "the article kept its old body");

        using (var unpublished = await admin.ActAsync(id, "Unpublish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        await Eventually.ThatAsync(async () => (await reader.GetPageAsync(article)).Status == HttpStatusCode.NotFound, Promise, "the unpublished article was still served");
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/tin-tuc")).Html);
    }
}
