using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GiaVien.Cms.Data;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

public sealed class NewsApiTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private static readonly object ValidNews = new
    {
        title = "Xã Gia Hòa tổ chức Ngày hội Đại đoàn kết",
        lead = "Tóm tắt của bài gửi qua API.",
        bodyHtml = "<p>Nội dung.</p><script>alert(1)</script>",
        byline = "Minh Hằng, UBND xã Gia Hòa",
        categories = new[] { "mat-tran-doan-the" },
    };

    private static readonly string[] UnknownCategory = ["khong-co"];

    private Task<HttpClient> ApiClientAsync(string tenant, string role) => ApiClients.CreateAsync(host, tenant, role);

    [Fact]
    public async Task The_read_api_lists_exactly_the_published_news_of_the_tenant()
    {
        using var json = JsonDocument.Parse(await host.Browser().GetStringAsync("/gia-hoa/api/news"));
        var published = DemoContent.News("gia-hoa").Where(n => n.Published).Select(n => n.Title).Order().ToList();
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= published.Count);
        var titles = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.All(published, t => Assert.Contains(t, titles));
        Assert.DoesNotContain(DemoContent.News("gia-hoa").Single(n => !n.Published).Title, titles);
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("/gia-hoa/tin-tuc/", i.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task An_item_of_one_tenant_is_not_found_through_another_tenants_api()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetAsync("/gia-hoa/api/news/gia-hoa-news-001")).StatusCode);
        using var response = await host.Browser().GetAsync("/thi-tran-me/api/news/gia-hoa-news-001");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Writing_needs_a_token_of_this_tenant()
    {
        using var anonymous = await host.Browser().PostAsJsonAsync("/gia-hoa/api/news", ValidNews);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var otherTenant = await ApiClientAsync("thi-tran-me", "Editor");
        using var foreign = await otherTenant.PostAsJsonAsync("/gia-hoa/api/news", ValidNews);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_cannot_write_through_the_api_without_a_token()
    {
        var admin = await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var response = await admin.Http.PostAsJsonAsync("/gia-hoa/api/news", ValidNews);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_author_creates_and_submits_but_an_editor_publishes()
    {
        var author = await ApiClientAsync("gia-hoa", "Author");
        using var created = await author.PostAsJsonAsync("/gia-hoa/api/news", ValidNews);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NoContent, (await author.PostAsync($"/gia-hoa/api/news/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/gia-hoa/api/news/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetAsync($"/gia-hoa/api/news/{id}")).StatusCode);

        var editor = await ApiClientAsync("gia-hoa", "Editor");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/gia-hoa/api/news/{id}/publish", null)).StatusCode);
        var published = await host.Browser().GetFromJsonAsync<JsonElement>($"/gia-hoa/api/news/{id}");
        Assert.Equal("Xã Gia Hòa tổ chức Ngày hội Đại đoàn kết", published.GetProperty("title").GetString());
        Assert.DoesNotContain("<script", published.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task Invalid_input_and_stale_versions_get_problem_details_and_change_nothing()
    {
        var editor = await ApiClientAsync("gia-hoa", "Editor");
        using var invalid = await editor.PostAsJsonAsync("/gia-hoa/api/news", new { title = "", lead = "", bodyHtml = "<p>x</p>", categories = UnknownCategory });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("TitlePart.Title", out _));
        Assert.True(errors.TryGetProperty("DistrictNewsPart.Lead", out _));
        Assert.True(errors.TryGetProperty("DistrictNewsPart.Categories", out _));

        using var created = await editor.PostAsJsonAsync("/gia-hoa/api/news", ValidNews);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var first = await editor.PutAsJsonAsync($"/gia-hoa/api/news/{id}", new { title = "Sửa lần một", lead = "a", bodyHtml = "<p>b</p>", expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var stale = await editor.PutAsJsonAsync($"/gia-hoa/api/news/{id}", new { title = "Sửa đè", lead = "a", bodyHtml = "<p>b</p>", expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("phiên bản mới hơn", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tokens_are_stored_hashed_and_stop_working_when_revoked()
    {
        var admin = await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var page = await admin.Http.GetStringAsync("/gia-hoa/admin/tokens");
        using var created = await admin.Http.PostAsync("/gia-hoa/admin/tokens?handler=Create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = EditorClient.Token(page), ["Name"] = "Phần mềm của xã" }));
        var html = await created.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"new-token\">([^<]+)</code>").Groups[1].Value;
        Assert.StartsWith("gv_", token);

        var stored = await TenantServices.RunAsync(host, "gia-hoa", sp => sp.GetRequiredService<CmsDbContext>().ApiTokens.Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);

        var client = host.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/gia-hoa/api/news", ValidNews)).StatusCode);

        var list = await admin.Http.GetStringAsync("/gia-hoa/admin/tokens");
        var tokenId = System.Text.RegularExpressions.Regex.Match(list, "name=\"tokenId\" value=\"(\\d+)\"").Groups[1].Value;
        await admin.Http.PostAsync("/gia-hoa/admin/tokens?handler=Revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = EditorClient.Token(list), ["tokenId"] = tokenId }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/gia-hoa/api/news", ValidNews)).StatusCode);
    }
}
