using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// Absolute links never repeat a Host header a client made up: a cached page, a feed read by aggregators or a
/// password link handed to a user would otherwise point residents to the attacker's site.
/// </summary>
public sealed partial class HostHeaderTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Forged = "evil.example";

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024")]
    [InlineData("/gia-hoa/")]
    [InlineData("/rss.xml")]
    [InlineData("/chuyen-muc/kinh-te/rss.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/gia-hoa/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Canonical_links_feeds_sitemaps_and_robots_ignore_a_forged_host(string url)
    {
        var (status, text) = await host.Browser(Forged).GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(Forged, text);
        Assert.Contains("http://localhost/", text);
    }

    [Fact]
    public async Task A_password_link_points_to_the_site_not_to_the_host_the_request_named()
    {
        var admin = host.Browser(Forged);
        using (var signIn = await admin.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var userName = await TenantServices.CreateUserAsync(host, TenantRecord.DefaultName, GiaVien.Cms.Users.Roles.Author);
        var id = await TenantServices.RunAsync(host, TenantRecord.DefaultName, sp => sp.GetRequiredService<CmsDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        using var reset = await admin.PostFormAsync("/admin/users", $"/admin/users?handler=reset&id={id}", new Dictionary<string, string>());
        var html = await reset.Content.ReadAsStringAsync();

        var link = PasswordLink().Match(html);
        Assert.True(link.Success, html);
        Assert.StartsWith("http://localhost/admin/set-password?token=", WebUtility.HtmlDecode(link.Value));
    }

    [GeneratedRegex("https?://[^\"<\\s]+/admin/set-password\\?token=[^\"<\\s]+")]
    private static partial Regex PasswordLink();
}

/// <summary>With a public address configured, links use it and a request for a host nobody configured is refused.</summary>
public sealed class PublicBaseUrlTests(PublicBaseUrlTests.Host host) : IClassFixture<PublicBaseUrlTests.Host>
{
    public const string PublicBaseUrl = "https://cong.giavien.example";

    [Fact]
    public async Task Links_use_the_configured_address_whatever_host_reached_the_site()
    {
        foreach (var (url, expected) in new[] { ("/", PublicBaseUrl + "/"), ("/gia-hoa/", PublicBaseUrl + "/gia-hoa/"), ("/sitemap.xml", PublicBaseUrl + "/tin-tuc") })
        {
            var (status, text) = await host.Browser("localhost").GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(expected, text);
            Assert.DoesNotContain("http://localhost", text);
        }

        Assert.Contains($"<link rel=\"canonical\" href=\"{PublicBaseUrl}/\">", (await host.Browser("cong.giavien.example").GetPageAsync("/")).Html);
    }

    [Fact]
    public async Task A_host_nobody_configured_is_refused_with_a_short_vietnamese_message()
    {
        foreach (var forged in new[] { "evil.example", "evil.example:8080", "cong.giavien.example.evil.example" })
        {
            using var response = await host.Browser(forged).GetAsync("/tin-tuc");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(KnownHosts.Message, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await host.Browser("127.0.0.1:5000").GetPageAsync("/")).Status);
    }

    [Fact]
    public async Task A_tenant_with_its_own_host_name_links_to_that_name()
    {
        var name = TenantFactory.UniqueName("gia-phu");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Phú", null, [$"{name}.giavien.example"], null));

        var (status, html) = await host.Browser($"{name}.giavien.example").GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://{name}.giavien.example/\">", html);
    }

    public sealed class Host : DemoHost
    {
        public Host() : base(DatabaseProvider.Sqlite) => Settings = new Dictionary<string, string> { ["Cms:PublicBaseUrl"] = PublicBaseUrl };
    }
}
