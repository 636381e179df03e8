using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace GiaVien.Cms.Web.Tests.Cluster;

/// <summary>
/// Two web nodes behind an imaginary load balancer: whatever a user does on one node, the other serves within the
/// promised time, and a node killed mid-write loses nothing it acknowledged.
/// </summary>
public sealed partial class ClusterTests(ClusterNodes cluster) : IClassFixture<ClusterNodes>
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    private readonly CookieContainer _cookies = new();

    private async Task<EditorClient> AdminOnAAsync()
    {
        var client = cluster.A.Browser(_cookies);
        using var signIn = await client.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return new EditorClient(client, "");
    }

    [Fact]
    public async Task A_sign_in_on_node_A_is_valid_on_node_B_including_its_forms()
    {
        await AdminOnAAsync();
        using var b = cluster.B.Browser(_cookies);

        var (status, html) = await b.GetPageAsync("/admin/content");
        Assert.Equal(HttpStatusCode.OK, status);
        // A form rendered by B and posted to A: the antiforgery token is protected with the shared keys too.
        var editorOnA = new EditorClient(cluster.A.Browser(_cookies), "");
        using var saved = await editorOnA.Http.PostAsync("/admin/content/edit?type=DistrictNews&handler=Save", new FormUrlEncodedContent(
            new Dictionary<string, string>(EditorClient.News("Bản nháp gửi qua hai máy chủ")) { ["__af"] = EditorClient.Token(await b.GetStringAsync("/admin/content/edit?type=DistrictNews")), ["Number"] = "0" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Tin tức", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_created_renamed_and_disabled_on_A_is_followed_by_B()
    {
        var admin = await AdminOnAAsync();
        var name = "xa-" + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.Http.PostFormAsync("/admin/tenants/create", null, new Dictionary<string, string>
        {
            ["Name"] = name, ["DisplayName"] = "UBND xã Gia Thanh", ["UrlPrefix"] = name, ["HostNames"] = "", ["Recipe"] = "giavien-commune",
            ["AdminUserName"] = "quantri", ["AdminEmail"] = "", ["AdminPassword"] = CmsHost.AdminPassword, ["UseSetupLink"] = "false",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var a = cluster.A.Client();
        await Eventually.ThatAsync(async () => (await a.GetAsync($"/{name}/")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the commune was not set up on A");

        using var b = cluster.B.Client();
        await Eventually.ThatAsync(async () => (await b.GetPageAsync($"/{name}/")).Status == HttpStatusCode.OK, Promise, "B did not serve the commune created on A");

        // B has the commune's settings cached now; the commune's administrator renames the site on A.
        var communeAdmin = cluster.A.Browser(new CookieContainer());
        (await communeAdmin.SignInAsync($"/{name}", "quantri", CmsHost.AdminPassword)).Dispose();
        using (var saved = await communeAdmin.PostFormAsync($"/{name}/admin/settings", null, new Dictionary<string, string>
        {
            ["Values[SiteName]"] = "Cổng thông tin xã Gia Thanh", ["Values[PrimaryColor]"] = "#0b5394", ["Values[ShareNewsWithDistrict]"] = "true",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        await Eventually.ThatAsync(async () => (await b.GetPageAsync($"/{name}/")).Html.Contains("Cổng thông tin xã Gia Thanh", StringComparison.Ordinal), Promise, "B kept the old site name");

        var tenantPage = await admin.Http.GetStringAsync($"/admin/tenants/{name}");
        var version = VersionField().Match(tenantPage).Groups[1].Value;
        using (var disabled = await admin.Http.PostFormAsync($"/admin/tenants/{name}", $"/admin/tenants/{name}?handler=Disable", new Dictionary<string, string> { ["Version"] = version }))
        {
            Assert.True(disabled.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, disabled.StatusCode.ToString());
        }

        await Eventually.ThatAsync(async () => (await b.GetAsync($"/{name}/")).StatusCode == HttpStatusCode.ServiceUnavailable, Promise, "B kept serving the disabled commune");
    }

    [Fact]
    public async Task News_a_commune_shares_through_A_is_in_the_district_home_of_B_until_it_is_unpublished()
    {
        var admin = await AdminOnAAsync();
        var name = "xa-" + Guid.NewGuid().ToString("N")[..6];
        using (var created = await admin.Http.PostFormAsync("/admin/tenants/create", null, new Dictionary<string, string>
        {
            ["Name"] = name, ["DisplayName"] = "UBND xã Gia Phú", ["UrlPrefix"] = name, ["HostNames"] = "", ["Recipe"] = "giavien-commune",
            ["AdminUserName"] = "quantri", ["AdminEmail"] = "", ["AdminPassword"] = CmsHost.AdminPassword, ["UseSetupLink"] = "false",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        using var a = cluster.A.Client();
        await Eventually.ThatAsync(async () => (await a.GetAsync($"/{name}/")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the commune was not set up on A");
        var communeHttp = cluster.A.Browser(new CookieContainer());
        (await communeHttp.SignInAsync($"/{name}", "quantri", CmsHost.AdminPassword)).Dispose();
        var editor = new EditorClient(communeHttp, $"/{name}");
        var title = $"Xã Gia Phú khai giảng lớp dạy nghề mây tre đan {Guid.NewGuid().ToString("N")[..4]}";
        var fields = EditorClient.News(title);
        fields["f:DistrictNewsPart:ShareWithDistrict"] = "true";
        using var b = cluster.B.Client();
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/")).StatusCode); // B's district home is in B's output cache now

        using var published = await editor.PostEditorAsync(null, "Publish", fields);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await Eventually.ThatAsync(async () => (await b.GetPageAsync("/")).Html.Contains(title, StringComparison.Ordinal), Promise, "B's district home did not show the shared news");

        using var unpublished = await editor.ActAsync(EditorClient.IdFrom(published), "Unpublish");
        await Eventually.ThatAsync(async () => !(await b.GetPageAsync("/")).Html.Contains(title, StringComparison.Ordinal), Promise, "B's district home kept the unpublished news");
    }

    [Fact]
    public async Task An_article_published_on_A_is_visible_and_searchable_on_B()
    {
        var admin = await AdminOnAAsync();
        var word = "Vuonbuoi" + Guid.NewGuid().ToString("N")[..6];
        var title = $"Hợp tác xã {word} thu hoạch vụ bưởi Tết ở xã Gia Hưng";
        using var b = cluster.B.Client();
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/")).StatusCode); // B's home page is in B's output cache now
        using var published = await admin.PostEditorAsync(null, "Publish", EditorClient.News(title));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        await Eventually.ThatAsync(async () => (await b.GetPageAsync("/")).Html.Contains(title, StringComparison.Ordinal), Promise, "B's home page did not show the article");
        await Eventually.ThatAsync(async () => await SearchTotalAsync(b, word.ToLowerInvariant()) == 1, Promise, "B's search did not find the article");
        using var a = cluster.A.Client();
        await Eventually.ThatAsync(async () => await SearchTotalAsync(a, word.ToLowerInvariant()) == 1, Promise, "A's own index did not find the article");
    }

    [Fact]
    public async Task An_image_uploaded_on_A_is_served_by_B_and_a_deleted_one_no_longer()
    {
        await AdminOnAAsync();
        var media = new MediaClient(cluster.A.Browser(_cookies), "");
        var path = await media.UploadOkAsync($"hoi-nghi-{Guid.NewGuid():N}.jpg", TestFiles.Jpeg(1600, 1000));

        using var b = cluster.B.Client();
        using (var image = await b.GetAsync($"/media/_p/article/{path}"))
        {
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            using var bitmap = SKBitmap.Decode(await image.Content.ReadAsByteArrayAsync());
            Assert.True(bitmap.Width is > 0 and < 1600, $"width {bitmap.Width}");
        }

        using var deleted = await media.PostFormAsync($"/admin/media/edit?handler=Delete&path={path}", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        // B had made and cached the rendition: it must drop it, not keep serving a deleted photo.
        await Eventually.ThatAsync(async () => (await b.GetAsync($"/media/_p/article/{path}")).StatusCode == HttpStatusCode.NotFound, Promise, "B still served the deleted image");
    }

    [Fact]
    public async Task A_scheduled_publish_fires_exactly_once_across_the_nodes()
    {
        var admin = await AdminOnAAsync();
        var title = "Lịch tiếp công dân tháng Chạp " + Guid.NewGuid().ToString("N")[..6];
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Save", EditorClient.News(title)));
        var inAnHour = VietnameseDates.ToVietnamTime(DateTime.UtcNow.AddHours(1)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        using var scheduled = await admin.ActAsync(id, "SchedulePublish", new() { ["ScheduleAt"] = inAnHour });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        // The hour passes: both nodes run their background pass every second and both see the schedule due.
        await using (var db = cluster.DistrictDatabase())
        {
            await db.ContentItems.Where(i => i.ContentItemId == id && i.Latest)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ScheduledPublishUtc, DateTime.UtcNow.AddSeconds(-1)));
        }

        using var b = cluster.B.Client();
        await Eventually.ThatAsync(async () => (await b.GetPageAsync("/")).Html.Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the scheduled article was not published");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several more passes of both nodes
        await using (var db = cluster.DistrictDatabase())
        {
            Assert.Equal(1, await db.ChangeLog.CountAsync(e => e.ContentItemId == id && e.Operation == ChangeOperation.Publish));
        }
    }

    [Fact]
    public async Task Killing_a_node_mid_publish_loses_no_acknowledged_article_and_the_other_keeps_serving()
    {
        var doomed = await cluster.StartNodeAsync();
        var client = doomed.Browser(_cookies);
        using (var signIn = await client.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var editor = new EditorClient(client, "");
        var batch = Guid.NewGuid().ToString("N")[..6];
        var acknowledged = new List<string>();
        var publishing = Task.Run(async () =>
        {
            for (var i = 0; ; i++)
            {
                try
                {
                    using var response = await editor.PostEditorAsync(null, "Publish", EditorClient.News($"Tin nhanh {batch} số {i}"));
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(EditorClient.IdFrom(response));
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the node is gone
                }
            }
        });
        await Eventually.ThatAsync(() => Task.FromResult(acknowledged.Count >= 5), TimeSpan.FromSeconds(60), "the doomed node published nothing");
        doomed.Kill();
        await publishing;

        await using (var db = cluster.DistrictDatabase())
        {
            var stored = await db.ContentItems.Where(i => i.Published && acknowledged.Contains(i.ContentItemId)).Select(i => i.ContentItemId).ToListAsync();
            Assert.Equal(acknowledged.Order(), stored.Order());
        }

        using var b = cluster.B.Client();
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/")).StatusCode);
        await Eventually.ThatAsync(async () => await SearchTotalAsync(b, batch) >= acknowledged.Count, Promise, "B's search did not find every acknowledged article");
    }

    private static async Task<int> SearchTotalAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32()
            : -1;
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
