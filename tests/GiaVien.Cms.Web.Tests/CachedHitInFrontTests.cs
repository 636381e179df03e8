using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site.Caching.Front;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// From its second hit on, a cached page is answered right after the tenant is known (<see cref="FrontPages"/>), not at
/// the end of the pipeline. A visitor must not tell the two apart: the same status, headers and bytes as the output
/// cache's own hit, a fresh nonce, each tenant its own page, a change shown on the next request, and signed-in editors
/// and clients the stored variants do not fit still served by the whole pipeline.
/// </summary>
public sealed partial class CachedHitInFrontTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    /// <summary>Enough visits for a page to be rendered, then served by the output cache (which keeps it in front), then served in front.</summary>
    private const int VisitsUntilInFront = 3;

    private async Task<string> NewCommuneAsync(string displayName, params string[] hostNames)
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, displayName, hostNames.Length == 0 ? name : null, hostNames, null));
        return name;
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd")]
    [InlineData(null)]
    public async Task A_hit_answered_in_front_is_the_output_cache_s_own_hit_with_a_fresh_nonce(string? acceptEncoding)
    {
        var name = await NewCommuneAsync("Xã Gia Lập");
        var client = host.Browser();
        for (var visit = 0; visit < VisitsUntilInFront; visit++)
        {
            await GetAsync(client, $"/{name}/", acceptEncoding);
        }

        Assert.True(await HeldInFrontAsync(name, "/", acceptEncoding), "the page is not kept in front after a hit of the output cache");
        var inFront = await GetAsync(client, $"/{name}/", acceptEncoding);
        // A parameter the page does not read: the same entry of the output cache, served by the whole pipeline.
        var fromCache = await GetAsync(client, $"/{name}/?utm_source=zalo", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, inFront.Status);
        Assert.NotNull(inFront.Age);
        Assert.NotNull(fromCache.Age);
        Assert.Equal(fromCache.Headers, inFront.Headers);
        Assert.Equal(WithoutNonces(fromCache.Html), WithoutNonces(inFront.Html));
        Assert.Contains("class=\"site-name\">Xã Gia Lập<", inFront.Html);
        CompressedCacheTests.AssertNoncesAre(inFront.Nonce, inFront.Html);
        Assert.NotEqual(fromCache.Nonce, inFront.Nonce);
    }

    [Fact]
    public async Task Publishing_drops_the_page_kept_in_front_and_the_next_request_shows_the_article()
    {
        var name = await NewCommuneAsync("Xã Gia Lập");
        var client = host.Browser();
        for (var visit = 0; visit < VisitsUntilInFront; visit++)
        {
            Assert.Contains("Chưa có tin bài nào", (await GetAsync(client, $"/{name}/", null)).Html);
        }

        Assert.True(await HeldInFrontAsync(name, "/", null));

        await NewsFactory.PublishAsync(host, name, "Xã Gia Lập ra quân làm giao thông nông thôn");

        Assert.False(await HeldInFrontAsync(name, "/", null), "a page whose entry the store dropped is still kept in front");
        Assert.Contains("Xã Gia Lập ra quân làm giao thông nông thôn", (await GetAsync(client, $"/{name}/", null)).Html);
    }

    [Fact]
    public async Task Tenants_with_the_same_paths_by_url_prefix_and_by_host_name_each_get_their_own_page_in_front()
    {
        var byPrefix = new[] { await NewCommuneAsync("Xã Gia Lập"), await NewCommuneAsync("Xã Gia Tân") };
        var byHost = new[] { await NewCommuneAsync("Xã Gia Sinh", "gia-sinh.front.test"), await NewCommuneAsync("Xã Gia Vượng", "gia-vuong.front.test") };
        var pages = new (HttpClient Client, string Url, string Site)[]
        {
            (host.Browser(), $"/{byPrefix[0]}/", "Xã Gia Lập"),
            (host.Browser(), $"/{byPrefix[1]}/", "Xã Gia Tân"),
            (host.Browser("gia-sinh.front.test"), "/", "Xã Gia Sinh"),
            (host.Browser("gia-vuong.front.test"), "/", "Xã Gia Vượng"),
        };

        for (var visit = 0; visit <= VisitsUntilInFront; visit++)
        {
            foreach (var (client, url, site) in pages)
            {
                var html = (await GetAsync(client, url, "gzip")).Html;
                Assert.Contains($"class=\"site-name\">{site}<", html);
            }
        }

        Assert.True(await HeldInFrontAsync(byPrefix[1], "/", "gzip"));
    }

    [Fact]
    public async Task A_signed_in_editor_and_a_client_taking_only_brotli_are_not_served_the_page_kept_in_front()
    {
        var name = await NewCommuneAsync("Xã Gia Lập");
        var anonymous = host.Browser();
        for (var visit = 0; visit < VisitsUntilInFront; visit++)
        {
            await GetAsync(anonymous, $"/{name}/", "gzip");
            await GetAsync(anonymous, $"/{name}/", null);
        }

        Assert.True(await HeldInFrontAsync(name, "/", "gzip"));
        Assert.True(await HeldInFrontAsync(name, "/", null));

        var admin = await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var editors = await admin.Http.GetAsync($"/{name}/");
        Assert.Null(editors.Headers.Age);
        Assert.Contains("Chưa có tin bài nào", await editors.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{name}/");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var brotli = await anonymous.SendAsync(request);
        Assert.Equal("br", brotli.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task A_visitor_with_only_an_analytics_or_antiforgery_cookie_is_answered_in_front_with_a_fresh_nonce()
    {
        var name = await NewCommuneAsync("Xã Gia Lập");
        var client = host.Browser();
        for (var visit = 0; visit < VisitsUntilInFront; visit++)
        {
            await GetAsync(client, $"/{name}/", "gzip");
        }

        var cookies = $"_ga=GA1.1.20241207.1733530000; .gv.af.{name}=CfDJ8Nq3rdM2";
        Assert.True(await HeldInFrontAsync(name, "/", "gzip", cookies), "a visitor with cookies that sign no one in goes through the whole pipeline");

        var inFront = await GetAsync(client, $"/{name}/", "gzip");
        var withCookies = await GetAsync(client, $"/{name}/", "gzip", cookies);
        Assert.Equal(inFront.Headers, withCookies.Headers);
        Assert.Equal(WithoutNonces(inFront.Html), WithoutNonces(withCookies.Html));
        CompressedCacheTests.AssertNoncesAre(withCookies.Nonce, withCookies.Html);
        Assert.NotEqual(inFront.Nonce, withCookies.Nonce);
    }

    [Theory]
    [InlineData(".gv.auth.{0}=CfDJ8")]
    [InlineData(".gv.auth=CfDJ8")]
    [InlineData(".gv.authC1=CfDJ8; .gv.authC2=Xk")]
    [InlineData("_ga=GA1.1.1, .GV.AUTH.{0}=CfDJ8")]
    [InlineData("%2Egv.auth.{0}=CfDJ8")]
    [InlineData(".gv.af.{0}=CfDJ8; .gv.known.{0}=Xk")]
    public async Task A_cookie_that_may_sign_someone_in_is_never_answered_in_front(string cookie)
    {
        var name = await NewCommuneAsync("Xã Gia Lập");
        var client = host.Browser();
        for (var visit = 0; visit < VisitsUntilInFront; visit++)
        {
            await GetAsync(client, $"/{name}/", null);
        }

        Assert.True(await HeldInFrontAsync(name, "/", null));
        Assert.False(await HeldInFrontAsync(name, "/", null, string.Format(System.Globalization.CultureInfo.InvariantCulture, cookie, name)));
    }

    /// <summary>Whether a request like the test client's for <paramref name="path"/> of the tenant would be answered in front.</summary>
    private async Task<bool> HeldInFrontAsync(string tenant, string path, string? acceptEncoding, string? cookie = null)
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Registry.Map.Find(tenant)!);
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.PathBase = "/" + tenant;
        context.Request.Path = path;
        if (acceptEncoding is not null)
        {
            context.Request.Headers.AcceptEncoding = acceptEncoding;
        }

        if (cookie is not null)
        {
            context.Request.Headers.Cookie = cookie;
        }

        context.Features.Set(shell);
        return host.Services.GetRequiredService<FrontPages>().Holds(context);
    }

    private sealed record Page(HttpStatusCode Status, string? Age, string Nonce, string Headers, string Html);

    /// <summary>The page as a browser reads it, with its headers but those that differ per response (date, nonce, age), one per line.</summary>
    private static async Task<Page> GetAsync(HttpClient client, string url, string? acceptEncoding, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var html = response.Content.Headers.ContentEncoding.Contains("gzip") ? CompressedCacheTests.Gunzip(body) : Encoding.UTF8.GetString(body);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Age" or "Content-Security-Policy"))
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}")
            .Order(StringComparer.Ordinal));
        return new Page(response.StatusCode, response.Headers.Age?.ToString(), CompressedCacheTests.ScriptNonce().Match(policy).Groups[1].Value, headers, html);
    }

    private static string WithoutNonces(string html) => NonceAttribute().Replace(html, "nonce=\"\"");

    [GeneratedRegex("nonce=\"[^\"]*\"")]
    private static partial Regex NonceAttribute();
}
