using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// "Khối trang chủ": a tenant's administrator orders, hides and configures the blocks of the home page and of the
/// article sidebar, and residents see the change at once (the cached page is dropped).
/// </summary>
public sealed partial class HomeBlocksTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<(string Name, EditorClient Admin)> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Lập", name, [], null));
        return (name, await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword));
    }

    private static async Task<HttpResponseMessage> PostAsync(EditorClient admin, string tenant, string handler, Dictionary<string, string> fields) =>
        await admin.Http.PostFormAsync($"/{tenant}/admin/blocks", $"/{tenant}/admin/blocks?handler={handler}", fields);

    private static async Task ChangeAsync(EditorClient admin, string tenant, string handler, string zone, string id, string? direction = null)
    {
        var fields = new Dictionary<string, string> { ["Zone"] = zone, ["id"] = id };
        if (direction is not null)
        {
            fields["direction"] = direction;
        }

        using var response = await PostAsync(admin, tenant, handler, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Adds a block and saves its settings; returns the new block's id.</summary>
    private static async Task<string> AddAsync(EditorClient admin, string tenant, string zone, string kind, Dictionary<string, string> settings)
    {
        using var added = await PostAsync(admin, tenant, "Add", new() { ["Zone"] = zone, ["kind"] = kind });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = EditParameter().Match(added.Headers.Location!.OriginalString).Groups[1].Value;
        using var saved = await PostAsync(admin, tenant, "Save", new(settings) { ["Zone"] = zone, ["id"] = id });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        return id;
    }

    private async Task<string> HomeAsync(string tenant) => (await host.Browser().GetPageAsync($"/{tenant}/")).Html;

    [Fact]
    public async Task Reordering_and_hiding_blocks_changes_the_cached_home_page_at_once_and_is_audited()
    {
        var (tenant, admin) = await NewCommuneAsync();
        await NewsFactory.PublishAsync(host, tenant, "Gia Lập thu hoạch lúa chiêm xuân", categories: ["kinh-te"]);
        var before = await HomeAsync(tenant);
        Assert.True(before.IndexOf("id=\"tin-noi-bat\"", StringComparison.Ordinal) < before.IndexOf("id=\"cm-1\"", StringComparison.Ordinal));

        // The category blocks go to the top, two steps up.
        await ChangeAsync(admin, tenant, "Move", "Home", "chuyen-muc", "up");
        await ChangeAsync(admin, tenant, "Move", "Home", "chuyen-muc", "up");
        var moved = await HomeAsync(tenant);
        Assert.True(moved.IndexOf("id=\"cm-1\"", StringComparison.Ordinal) < moved.IndexOf("id=\"tin-noi-bat\"", StringComparison.Ordinal));

        await ChangeAsync(admin, tenant, "Toggle", "Home", "tin-noi-bat");
        var hidden = await HomeAsync(tenant);
        Assert.DoesNotContain("id=\"tin-noi-bat\"", hidden, StringComparison.Ordinal);
        Assert.Contains("Gia Lập thu hoạch lúa chiêm xuân", hidden, StringComparison.Ordinal);

        var blocks = await admin.Http.GetStringAsync($"/{tenant}/admin/blocks");
        Assert.Contains("Tin nổi bật và Tin mới</strong> <span>(Tin nổi bật và Tin mới, đang ẩn)", blocks, StringComparison.Ordinal);
        var audit = await admin.Http.GetStringAsync($"/{tenant}/admin/audit");
        Assert.Contains("Trang chủ: chuyển lên khối “Tin theo từng chuyên mục”", audit, StringComparison.Ordinal);
        Assert.Contains("Trang chủ: ẩn khối “Tin nổi bật và Tin mới”", audit, StringComparison.Ordinal);

        using var reset = await PostAsync(admin, tenant, "Reset", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("id=\"tin-noi-bat\"", await HomeAsync(tenant), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_communes_arranging_their_blocks_each_see_only_their_own_arrangement()
    {
        var (first, firstAdmin) = await NewCommuneAsync();
        var (second, secondAdmin) = await NewCommuneAsync();
        await NewsFactory.PublishAsync(host, first, "Gia Lập khánh thành nhà văn hóa thôn", categories: ["kinh-te"]);
        await NewsFactory.PublishAsync(host, second, "Gia Lập tổ chức ngày hội đại đoàn kết", categories: ["kinh-te"]);
        await ChangeAsync(firstAdmin, first, "Toggle", "Home", "tin-noi-bat");
        await ChangeAsync(secondAdmin, second, "Move", "Home", "chuyen-muc", "up");
        await ChangeAsync(secondAdmin, second, "Move", "Home", "chuyen-muc", "up");

        for (var round = 0; round < 2; round++)
        {
            Assert.DoesNotContain("id=\"tin-noi-bat\"", await HomeAsync(first), StringComparison.Ordinal);
            var other = await HomeAsync(second);
            Assert.True(other.IndexOf("id=\"cm-1\"", StringComparison.Ordinal) < other.IndexOf("id=\"tin-noi-bat\"", StringComparison.Ordinal));
        }

        // Shown again at once on the first commune, and only there.
        await ChangeAsync(firstAdmin, first, "Toggle", "Home", "tin-noi-bat");
        var shown = await HomeAsync(first);
        Assert.True(shown.IndexOf("id=\"tin-noi-bat\"", StringComparison.Ordinal) is var top and >= 0 && top < shown.IndexOf("id=\"cm-1\"", StringComparison.Ordinal));
        var unchanged = await HomeAsync(second);
        Assert.True(unchanged.IndexOf("id=\"cm-1\"", StringComparison.Ordinal) < unchanged.IndexOf("id=\"tin-noi-bat\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_banner_needs_an_image_of_the_library_and_shows_as_a_linked_image()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var media = await MediaClient.SignInAsync(host, "/" + tenant);
        var (status, uploaded) = await media.UploadAsync("dich-vu-cong.png", TestFiles.Png(600, 150));
        Assert.Equal(HttpStatusCode.OK, status);
        var image = uploaded.GetProperty("results")[0].GetProperty("file").GetProperty("path").GetString()!;
        await HomeAsync(tenant);

        // Without an image the banner is refused, with a Vietnamese message, and what was typed stays in the form.
        using var added = await PostAsync(admin, tenant, "Add", new() { ["Zone"] = "Home", ["kind"] = "LinkBanners" });
        var id = EditParameter().Match(added.Headers.Location!.OriginalString).Groups[1].Value;
        using var refused = await PostAsync(admin, tenant, "Save", new()
        {
            ["Zone"] = "Home", ["id"] = id, ["Title"] = "Dịch vụ công", ["LinksText"] = "Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn/",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Biểu ngữ “Cổng Dịch vụ công quốc gia”: cần đường dẫn một ảnh trong thư viện tệp", form, StringComparison.Ordinal);
        Assert.Contains(">Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn/</textarea>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("dichvucong.gov.vn", await HomeAsync(tenant), StringComparison.Ordinal);

        using var saved = await PostAsync(admin, tenant, "Save", new()
        {
            ["Zone"] = "Home", ["id"] = id, ["Title"] = "Dịch vụ công",
            ["LinksText"] = $"Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn/ | {image}\nĐường dây nóng | /trang/lien-he | {image}",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = await HomeAsync(tenant);
        Assert.Contains($"<a href=\"https://dichvucong.gov.vn/\" rel=\"noopener\" target=\"_blank\"><img class=\"banner-image\" src=\"/{tenant}/media/_p/article/{image}\" alt=\"Cổng Dịch vụ công quốc gia\"", home, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{tenant}/trang/lien-he\"><img class=\"banner-image\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_latest_of_a_type_block_lists_announcements_while_their_feature_is_on()
    {
        var (tenant, admin) = await NewCommuneAsync();
        using (var enabled = await admin.Http.PostFormAsync($"/{tenant}/admin/features", $"/{tenant}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = "announcements" }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        using (var pasted = await admin.Http.PostFormAsync($"/{tenant}/admin/recipes", null, new Dictionary<string, string> { ["Json"] = AnnouncementRecipes.WithContent("thong-bao-khoi", "thong-bao-khoi-1") }))
        {
            Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        }

        await AddAsync(admin, tenant, "Home", "LatestOfType", new() { ["Title"] = "", ["Count"] = "5", ["ContentType"] = "ThongBao" });
        var home = await HomeAsync(tenant);
        Assert.Contains($"<a href=\"/{tenant}/thong-bao\">Thông báo</a></h2>", home, StringComparison.Ordinal);
        Assert.Contains(AnnouncementRecipes.Title, home, StringComparison.Ordinal);

        // Switched off, the type is gone from the site, and so is its block.
        using (var disabled = await admin.Http.PostFormAsync($"/{tenant}/admin/features", $"/{tenant}/admin/features?handler=Disable", new Dictionary<string, string> { ["id"] = "announcements" }))
        {
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        }

        Assert.DoesNotContain(AnnouncementRecipes.Title, await HomeAsync(tenant), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_pages_show_the_sidebar_zone_after_the_article()
    {
        var (tenant, admin) = await NewCommuneAsync();
        await NewsFactory.PublishAsync(host, tenant, "Hội nghị tổng kết công tác năm của xã");
        var path = await TenantServices.PublishArticleAsync(host, tenant, "Ra quân làm đường giao thông nội đồng", "<p>Nội dung bài viết.</p>");
        var article = (await host.Browser().GetPageAsync($"/{tenant}/{path}")).Html;
        var sidebar = article.IndexOf("<div class=\"sidebar\">", StringComparison.Ordinal);
        Assert.True(sidebar > article.IndexOf("<h1>Ra quân làm đường giao thông nội đồng</h1>", StringComparison.Ordinal));
        Assert.Contains("Hội nghị tổng kết công tác năm của xã", article[sidebar..], StringComparison.Ordinal);

        await AddAsync(admin, tenant, "Sidebar", "LinkList", new() { ["Title"] = "", ["LinksText"] = "Cổng thông tin điện tử tỉnh Ninh Bình | https://ninhbinh.gov.vn/" });
        await ChangeAsync(admin, tenant, "Toggle", "Sidebar", "tin-moi");
        article = (await host.Browser().GetPageAsync($"/{tenant}/{path}")).Html;
        sidebar = article.IndexOf("<div class=\"sidebar\">", StringComparison.Ordinal);
        Assert.True(sidebar > 0);
        Assert.Contains(">Liên kết website</h2>", article[sidebar..], StringComparison.Ordinal);
        Assert.DoesNotContain("Hội nghị tổng kết công tác năm của xã", article[sidebar..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_arrange_blocks_and_a_sidebar_cannot_take_home_only_blocks()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var editorName = await TenantServices.CreateUserAsync(host, tenant, "Editor");
        var editor = await EditorClient.SignInAsync(host, "/" + tenant, editorName, TenantServices.UserPassword);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.Http.GetAsync($"/{tenant}/admin/blocks")).StatusCode);
        var token = EditorClient.Token(await editor.Http.GetStringAsync($"/{tenant}/admin"));
        using (var forbidden = await editor.Http.PostAsync($"/{tenant}/admin/blocks?handler=Toggle",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["Zone"] = "Home", ["id"] = "tin-noi-bat" })))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, forbidden.StatusCode);
        }

        Assert.Contains("Chưa có tin bài nào được xuất bản.", await HomeAsync(tenant), StringComparison.Ordinal);

        using var refused = await PostAsync(admin, tenant, "Add", new() { ["Zone"] = "Sidebar", ["kind"] = "TopNews" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("chỉ đặt được ở trang chủ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"edit=([a-z0-9]+)")]
    private static partial Regex EditParameter();
}
