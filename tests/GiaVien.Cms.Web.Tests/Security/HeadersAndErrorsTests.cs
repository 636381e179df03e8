using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// Headers every response carries, HTTPS-only ones, and API errors as Vietnamese problem details. The in-process host
/// runs in Development, as <c>dotnet run</c> does: none of this may depend on the environment.
/// </summary>
public sealed class HeadersAndErrorsTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task Pages_feeds_theme_files_media_errors_and_the_admin_all_forbid_sniffing_and_limit_the_referrer()
    {
        // A photo of the demo recipe, served re-encoded by the media endpoint.
        const string image = "/media/_p/article/demo/lop-boi-duong-chuyen-doi-so.jpg";
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetAsync(image)).StatusCode);
        foreach (var url in new[] { "/", "/rss.xml", "/sitemap.xml", "/robots.txt", "/theme/site.css", image, "/trang-khong-co", "/gia-hoa/api/news/khong-co", "/admin/login", "/admin/content" })
        {
            using var response = await host.Browser().GetAsync(url);
            Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"{url}: no nosniff");
            Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "strict-origin-when-cross-origin", $"{url}: no Referrer-Policy");
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{url}: HSTS over plain HTTP");
        }
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https_and_the_antiforgery_cookie_is_secure()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var response = await client.GetAsync("/admin/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".gv.af", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"title\": \"Tin mới\", \"lead\": ", "$")]
    [InlineData("{\"title\": 42, \"lead\": \"Tóm tắt\"}", "$.title")]
    [InlineData("{\"title\": \"Tin\", \"categories\": \"kinh-te\"}", "$.categories")]
    [InlineData("{\"title\": \"Tin \xff\xfe\"}", "$")]
    public async Task A_body_that_is_not_valid_json_of_the_right_shape_gets_vietnamese_problem_details(string body, string field)
    {
        using var client = await ApiClients.CreateAsync(host, "gia-hoa", GiaVien.Cms.Users.Roles.Editor);
        // Latin-1 keeps \xff and \xfe as the raw bytes they stand for: invalid UTF-8 on the wire.
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/gia-hoa/api/news", content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("JSON", json.RootElement.GetProperty("detail").GetString());
        if (field != "$")
        {
            Assert.Contains(field, json.RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Missing_credentials_and_a_wrong_content_type_are_problem_details_too()
    {
        using var anonymous = await host.Browser().PostAsync("/gia-hoa/api/news", new StringContent("{}", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);

        using var client = await ApiClients.CreateAsync(host, "gia-hoa", GiaVien.Cms.Users.Roles.Editor);
        using var text = await client.PostAsync("/gia-hoa/api/news", new StringContent("title=Tin", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Matches("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", json.RootElement.GetProperty("title").GetString() + json.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at ", body);
    }
}
