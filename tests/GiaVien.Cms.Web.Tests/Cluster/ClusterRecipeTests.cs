using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Cluster;

/// <summary>
/// A recipe applied and a feature switched on one node of a running installation: the other node, not restarted,
/// offers the new type in its editor and its public list, shows the feature's menu item on its cached public pages, and
/// follows a disable made on it.
/// </summary>
public sealed partial class ClusterRecipeTests(ClusterNodes cluster) : IClassFixture<ClusterNodes>
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    private readonly CookieContainer _cookies = new();

    [Fact]
    public async Task A_recipe_applied_and_a_feature_enabled_on_A_are_followed_by_B_without_a_restart()
    {
        using var a = cluster.A.Browser(_cookies);
        using (var signIn = await a.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var b = cluster.B.Browser(_cookies);
        using var visitorOfB = cluster.B.Client();
        Assert.DoesNotContain("href=\"/thong-bao\"", (await visitorOfB.GetPageAsync("/")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitorOfB.GetPageAsync("/thong-bao")).Status);

        using (var applied = await a.PostFormAsync("/admin/recipes", null, new Dictionary<string, string> { ["Json"] = AnnouncementRecipes.WithContent("thong-bao-cum", "thong-bao-cum-1") }))
        {
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        }

        await Eventually.ThatAsync(async () => (await b.GetPageAsync("/admin/content?type=ThongBao")).Html.Contains(AnnouncementRecipes.Title, StringComparison.Ordinal),
            Promise, "B did not list the announcement the recipe added on A");
        Assert.Equal(HttpStatusCode.OK, (await b.GetPageAsync("/admin/content/edit?type=ThongBao")).Status);

        // B's visitors get the type's public list (answered 404 by B before), its feed and the announcement's own page.
        await Eventually.ThatAsync(async () => (await visitorOfB.GetPageAsync("/thong-bao")).Html.Contains(AnnouncementRecipes.Title, StringComparison.Ordinal),
            Promise, "B did not serve the list of the type the recipe added on A");
        Assert.Contains(AnnouncementRecipes.Title, (await visitorOfB.GetPageAsync("/thong-bao/rss.xml")).Html, StringComparison.Ordinal);
        var itemLink = ThongBaoLink().Match((await visitorOfB.GetPageAsync("/thong-bao")).Html).Value;
        Assert.Equal(HttpStatusCode.OK, (await visitorOfB.GetPageAsync(itemLink)).Status);

        using (var enabled = await a.PostFormAsync("/admin/features", "/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = "announcements" }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        // B's home page was cached before: the feature's menu item shows once A's change has reached B.
        await Eventually.ThatAsync(async () => (await visitorOfB.GetPageAsync("/")).Html.Contains("href=\"/thong-bao\"", StringComparison.Ordinal),
            Promise, "B's home page did not show the menu item of the feature enabled on A");

        using (var disabled = await b.PostFormAsync("/admin/features", "/admin/features?handler=Disable", new Dictionary<string, string> { ["id"] = "announcements" }))
        {
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await a.GetPageAsync("/admin/content/edit?type=ThongBao")).Status);
        Assert.Contains("Đang tắt", (await a.GetPageAsync("/admin/features")).Html, StringComparison.Ordinal);
        await Eventually.ThatAsync(async () => (await a.GetPageAsync("/thong-bao")).Status == HttpStatusCode.NotFound,
            Promise, "A still served the list of the type whose feature B switched off");
    }

    [System.Text.RegularExpressions.GeneratedRegex("/thong-bao/[a-z0-9-]+(?=\")")]
    private static partial System.Text.RegularExpressions.Regex ThongBaoLink();
}
