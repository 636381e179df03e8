using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>The API answers in its own format at its edges too, and a stored title cannot be made to read backwards.</summary>
public sealed class ApiEdgesTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private static readonly string[] Categories = ["mat-tran-doan-the"];

    [Theory]
    [InlineData("/api/khong-co")]
    [InlineData("/gia-hoa/api/tin/1")]
    [InlineData("/gia-hoa/api")]
    public async Task An_unknown_api_address_is_a_problem_details_404_not_a_page(string url)
    {
        using var response = await host.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Không tìm thấy", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Direction_controls_are_removed_from_a_title_when_it_is_saved()
    {
        var editor = await ApiClients.CreateAsync(host, "gia-hoa", GiaVien.Cms.Users.Roles.Editor);
        using var created = await editor.PostAsJsonAsync("/gia-hoa/api/news", new
        {
            title = "Thông báo\u202E lịch tiếp dân\u2066 tháng 12",
            lead = "Tóm tắt.",
            bodyHtml = "<p>Nội dung.</p>",
            categories = Categories,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/gia-hoa/api/news/{id}/publish", null)).StatusCode);

        var published = await host.Browser().GetFromJsonAsync<JsonElement>($"/gia-hoa/api/news/{id}");
        Assert.Equal("Thông báo lịch tiếp dân tháng 12", published.GetProperty("title").GetString());
    }
}
