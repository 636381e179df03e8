using System.Net;
using System.Text.Json;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

public sealed class OpenApiTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task The_openapi_document_lists_the_news_api_with_its_writing_operations()
    {
        using var client = host.Browser();
        using var response = await client.GetAsync("/gia-hoa/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("GiaVien.Cms API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/news/{id}").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/news/{id}/publish").TryGetProperty("post", out _));
        Assert.Contains(paths.EnumerateObject(), path => path.Name.TrimEnd('/') == "/api/news" && path.Value.TryGetProperty("post", out _));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_generic_content_api_with_its_writing_operations()
    {
        using var client = host.Browser();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/gia-hoa/api/openapi.json"));
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/content/{type}/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/content/{type}/{id}").TryGetProperty("put", out _));
        foreach (var action in new[] { "submit", "publish", "unpublish" })
        {
            Assert.True(paths.GetProperty($"/api/content/{{type}}/{{id}}/{action}").TryGetProperty("post", out _));
        }

        var create = Assert.Single(paths.EnumerateObject(), path => path.Name.TrimEnd('/') == "/api/content/{type}").Value;
        Assert.True(create.GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }
}
