using System.Text.RegularExpressions;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>Every response carries a Content-Security-Policy; a page's scripts run only with that response's own nonce.</summary>
public sealed partial class ContentSecurityPolicyTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private static async Task<(string Policy, string Html)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        return (policy, await response.Content.ReadAsStringAsync());
    }

    private static string NonceOf(string policy) => ScriptNonce().Match(policy) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException($"No script nonce in: {policy}");

    /// <summary>Every script element that would run carries exactly the policy's nonce.</summary>
    private static void AssertScriptsCarry(string html, string nonce)
    {
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).Where(tag => !tag.Contains("application/ld+json", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
        Assert.DoesNotContain(CspNonce.Placeholder, html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/gia-hoa/")]
    [InlineData("/tin-tuc")]
    [InlineData("/khong-co-trang-nay")]
    public async Task Public_pages_get_a_fresh_nonce_on_every_response_even_from_the_output_cache(string path)
    {
        var client = host.Browser();
        var (first, firstHtml) = await GetAsync(client, path);
        var (second, secondHtml) = await GetAsync(client, path);

        foreach (var (policy, html) in new[] { (first, firstHtml), (second, secondHtml) })
        {
            Assert.Contains("object-src 'none'", policy);
            Assert.Contains("base-uri 'self'", policy);
            Assert.Contains("form-action 'self'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.DoesNotContain("unsafe-eval", policy);
            AssertScriptsCarry(html, NonceOf(policy));
        }

        Assert.NotEqual(NonceOf(first), NonceOf(second));
    }

    [Fact]
    public async Task Admin_pages_carry_their_nonce_and_are_never_framed()
    {
        using var response = await host.Browser().GetAsync("/admin/login");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        AssertScriptsCarry(await response.Content.ReadAsStringAsync(), NonceOf(policy));
    }

    [Theory]
    [InlineData("/api/news")]
    [InlineData("/rss.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/health")]
    public async Task Responses_that_are_not_pages_forbid_everything(string path)
    {
        var (policy, _) = await GetAsync(host.Browser(), path);
        Assert.Contains("default-src 'none'", policy);
    }

    [Fact]
    public async Task The_page_of_a_disabled_tenant_carries_its_nonce()
    {
        var name = TenantFactory.UniqueName("gia-lac");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lạc", name, [], null));
        await host.Registry.SetStateAsync(name, TenantState.Disabled);

        using var response = await host.Browser().GetAsync($"/{name}/");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        AssertScriptsCarry(await response.Content.ReadAsStringAsync(), NonceOf(policy));
    }

    [GeneratedRegex(@"script-src 'nonce-([A-Za-z0-9+/=_-]+)'")]
    private static partial Regex ScriptNonce();

    [GeneratedRegex(@"<script\b[^>]*>")]
    private static partial Regex ScriptTag();
}
