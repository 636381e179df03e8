using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// <c>/api/content/{type}</c> writes any type with the rules of <c>/api/news</c>: a "Thông báo" applied to a running
/// commune by recipe is created, changed, published and unpublished with a token; values of the wrong shape are a 400
/// naming the field; a contributor limited to one type is refused on another.
/// </summary>
public abstract class ContentApiWriteBehaviour(DemoHost host)
{
    private async Task<string> CommuneWithAnnouncementsAsync()
    {
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Lạc", tenant, [], null));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, "thong-bao"], host.Services, TextWriter.Null, new StringWriter()));
        return tenant;
    }

    private static object Announcement(string title, string level, int? expectedVersion = null) => new
    {
        title,
        slug = "lich tiep cong dan",
        fields = new Dictionary<string, object>
        {
            ["Body"] = "<p>Chủ tịch UBND xã tiếp công dân sáng thứ năm hằng tuần.</p><script>alert(1)</script>",
            ["Level"] = level,
            ["ExpiryDate"] = "2026-12-31",
        },
        expectedVersion,
    };

    [Fact]
    public async Task An_announcement_is_created_changed_published_and_unpublished_through_the_api()
    {
        var tenant = await CommuneWithAnnouncementsAsync();
        var visitor = host.Browser();
        Assert.DoesNotContain("Lịch tiếp công dân", (await visitor.GetPageAsync($"/{tenant}/thong-bao")).Html, StringComparison.Ordinal);
        var editor = await ApiClients.CreateAsync(host, tenant, "Editor");

        using var created = await editor.PostAsJsonAsync($"/{tenant}/api/content/ThongBao", Announcement("Lịch tiếp công dân tháng 12", "Thường"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = saved.GetProperty("id").GetString()!;
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal($"/{tenant}/api/content/ThongBao/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/{tenant}/api/content/ThongBao/{id}")).StatusCode);

        using var changed = await editor.PutAsJsonAsync($"/{tenant}/api/content/ThongBao/{id}", Announcement("Lịch tiếp công dân tháng 12 (sửa đổi)", "Khẩn", expectedVersion: 1));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var stale = await editor.PutAsJsonAsync($"/{tenant}/api/content/ThongBao/{id}", Announcement("Sửa đè", "Thường", expectedVersion: 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("phiên bản mới hơn", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/{tenant}/api/content/ThongBao/{id}/publish", null)).StatusCode);
        var published = await visitor.GetFromJsonAsync<JsonElement>($"/{tenant}/api/content/ThongBao/{id}");
        Assert.Equal("Lịch tiếp công dân tháng 12 (sửa đổi)", published.GetProperty("title").GetString());
        Assert.Equal($"/{tenant}/thong-bao/lich-tiep-cong-dan", published.GetProperty("url").GetString());
        Assert.Equal("Khẩn", published.GetProperty("fields").GetProperty("Level").GetString());
        Assert.Equal("2026-12-31", published.GetProperty("fields").GetProperty("ExpiryDate").GetString());
        Assert.DoesNotContain("<script", published.GetProperty("fields").GetProperty("Body").GetString(), StringComparison.Ordinal);

        // The list a visitor saw before is not served from the cache: publishing through the API is a public change.
        Assert.Contains("Lịch tiếp công dân tháng 12 (sửa đổi)", (await visitor.GetPageAsync($"/{tenant}/thong-bao")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/{tenant}/thong-bao/lich-tiep-cong-dan")).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/{tenant}/api/content/ThongBao/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/{tenant}/api/content/ThongBao/{id}")).StatusCode);

        var audit = await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<CmsDbContext>().AuditTrail
            .Where(e => e.ContentItemId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Created", "Saved", "Published", "Unpublished"], audit.Where(a => a is "Created" or "Saved" or "Published" or "Unpublished"));
    }

    [Fact]
    public async Task Values_of_the_wrong_shape_are_a_400_naming_the_field_and_missing_ones_a_422()
    {
        var tenant = await CommuneWithAnnouncementsAsync();
        var editor = await ApiClients.CreateAsync(host, tenant, "Editor");

        using var wrong = await editor.PostAsJsonAsync($"/{tenant}/api/content/ThongBao", new
        {
            title = "Thông báo sai kiểu",
            fields = new Dictionary<string, object> { ["Body"] = "<p>Nội dung.</p>", ["Level"] = "Thường", ["ExpiryDate"] = 20261231, ["HanNop"] = "2026-12-01" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        var errors = (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Ngày hết hạn", errors.GetProperty("ThongBaoPart.ExpiryDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("\"HanNop\"", errors.GetProperty("fields.HanNop")[0].GetString(), StringComparison.Ordinal);

        using var missing = await editor.PostAsJsonAsync($"/{tenant}/api/content/ThongBao", new { title = "Thông báo thiếu mức độ", fields = new Dictionary<string, object> { ["Body"] = "<p>Nội dung.</p>" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Mức độ", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("ThongBaoPart.Level")[0].GetString(), StringComparison.Ordinal);

        var stored = await TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<CmsDbContext>().ContentItems.CountAsync(i => i.ContentType == "ThongBao"));
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task A_contributor_limited_to_announcements_drafts_them_but_is_refused_on_news()
    {
        var tenant = await CommuneWithAnnouncementsAsync();
        const string role = "CongTacVienThongBao";
        await TenantServices.RunAsync(host, tenant, sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Roles.Add(new RoleRecord { Name = role, DisplayName = "Cộng tác viên thông báo", Permissions = [Roles.AccessAdmin, ContentPermissions.ForType(ContentPermissions.EditOwnContent, "ThongBao")] });
            return db.SaveChangesAsync();
        });
        var contributor = await ApiClients.CreateAsync(host, tenant, role);

        using var announcement = await contributor.PostAsJsonAsync($"/{tenant}/api/content/ThongBao", Announcement("Thông báo của cộng tác viên", "Thường"));
        Assert.Equal(HttpStatusCode.Created, announcement.StatusCode);
        var id = (await announcement.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsync($"/{tenant}/api/content/ThongBao/{id}/publish", null)).StatusCode);

        var news = new { title = "Tin của cộng tác viên", fields = new Dictionary<string, object> { ["Lead"] = "Tóm tắt.", ["Body"] = "<p>Nội dung.</p>" } };
        using var generic = await contributor.PostAsJsonAsync($"/{tenant}/api/content/DistrictNews", news);
        Assert.Equal(HttpStatusCode.Forbidden, generic.StatusCode);
        using var alias = await contributor.PostAsJsonAsync($"/{tenant}/api/news", new { title = "Tin của cộng tác viên", lead = "Tóm tắt.", bodyHtml = "<p>Nội dung.</p>" });
        Assert.Equal(HttpStatusCode.Forbidden, alias.StatusCode);
        Assert.Contains("Không có quyền", await alias.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ContentApiWriteOnSqlite(SqliteDemoHost host) : ContentApiWriteBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class ContentApiWriteOnPostgreSql(PostgreSqlDemoHost host) : ContentApiWriteBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
