using System.Net;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// The admin answers a browser only for top-level navigations, and its JSON endpoints only its own scripts: a script
/// elsewhere on the origin can neither read an admin page (and its form token) nor post. Clients that send no fetch
/// metadata (API clients, these tests) are not browsers' scripts and are served as before.
/// </summary>
public sealed class AdminRequestsTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Refused = "Trang quản trị chỉ mở được trực tiếp";

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string? mode, string? destination, string? site, bool scriptHeader = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (mode is not null)
        {
            request.Headers.Add("Sec-Fetch-Mode", mode);
            request.Headers.Add("Sec-Fetch-Dest", destination);
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        if (scriptHeader)
        {
            request.Headers.Add(AdminRequests.ScriptHeader, "1");
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "x" });
        }

        using var response = await host.Browser().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin/login")]
    [InlineData("/gia-hoa/admin/login")]
    public async Task A_script_reading_an_admin_page_is_refused(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, path, "cors", "empty", "same-origin");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(Refused, body);
        Assert.DoesNotContain("__af", body);
    }

    [Theory]
    [InlineData("navigate", "iframe", "same-origin")]
    [InlineData("navigate", "object", "same-origin")]
    [InlineData("no-cors", "image", "same-origin")]
    [InlineData("same-origin", "empty", "same-origin")]
    public async Task An_admin_page_is_not_served_into_frames_or_as_a_resource(string mode, string destination, string site)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/admin/login", mode, destination, site);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(Refused, body);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task A_form_posted_to_the_admin_from_another_site_is_refused(string site)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/admin/login", "navigate", "document", site);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(Refused, body);
    }

    [Fact]
    public async Task A_script_posting_to_an_admin_page_is_refused_even_with_the_admin_scripts_header()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/admin/users/create", "cors", "empty", "same-origin", scriptHeader: true);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(Refused, body);
    }

    [Theory]
    [InlineData(false, "same-origin")]
    [InlineData(true, "same-site")]
    public async Task The_admin_json_endpoints_answer_only_the_admin_scripts_on_the_same_origin(bool scriptHeader, string site)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/admin/media/api/list", "cors", "empty", site, scriptHeader);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains(Refused, body);

        var (allowed, allowedBody) = await SendAsync(HttpMethod.Get, "/admin/media/api/list", "cors", "empty", "same-origin", scriptHeader: true);
        Assert.DoesNotContain(Refused, allowedBody);
        Assert.NotEqual(HttpStatusCode.InternalServerError, allowed);
    }

    [Theory]
    [InlineData("navigate", "document", "none")]
    [InlineData("navigate", "document", "cross-site")]
    [InlineData(null, null, null)]
    public async Task Navigations_and_clients_without_fetch_metadata_get_the_admin(string? mode, string? destination, string? site)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/admin/login", mode, destination, site);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("__af", body);
    }
}
