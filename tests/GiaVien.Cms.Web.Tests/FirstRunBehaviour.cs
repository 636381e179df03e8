using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>What a newcomer sees after the first start, on each database the product supports.</summary>
public abstract class FirstRunBehaviour(DemoHost host)
{
    [Fact]
    public void Setup_creates_the_district_and_the_three_demo_tenants_running()
    {
        var tenants = host.Registry.Map.Tenants.ToDictionary(t => t.Name);
        Assert.Equal(["default", "gia-hoa", "mat-tran", "thi-tran-me"], tenants.Keys.Order());
        Assert.All(tenants.Values, t => Assert.Equal(TenantState.Running, t.State));
        Assert.All(tenants.Values, t => Assert.Equal(host.Provider, t.DatabaseProvider));
        Assert.Equal("UBND huyện Gia Viễn", tenants["default"].DisplayName);
        Assert.Equal("Xã Gia Hòa", tenants["gia-hoa"].DisplayName);
        Assert.Equal("gia-hoa", tenants["gia-hoa"].UrlPrefix);
    }

    [Theory]
    [InlineData("default", "UBND huyện Gia Viễn")]
    [InlineData("thi-tran-me", "Thị trấn Me")]
    [InlineData("gia-hoa", "Xã Gia Hòa")]
    [InlineData("mat-tran", "Ủy ban MTTQ Việt Nam huyện Gia Viễn")]
    public async Task Each_home_page_shows_its_name_and_exactly_its_published_news(string tenant, string siteName)
    {
        var (status, html) = await host.Browser().GetPageAsync(DemoContent.PrefixOfTenant[tenant] + "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<a class=\"brand\" href=\"{DemoContent.PrefixOfTenant[tenant]}/\">", html);
        Assert.Contains($"<span class=\"site-name\">{siteName}</span>", html);
        var news = DemoContent.News(tenant);
        Assert.All(news.Where(n => n.Published), n => Assert.Contains(n.Title, html));
        Assert.All(news.Where(n => !n.Published), n => Assert.DoesNotContain(n.Title, html));
        // Only the tenant's own news: the district's home also links the communes' shared news ("Tin cơ sở").
        Assert.Equal(news.Count(n => n.Published), HttpExtensions.ArticleLinks(html).Count(l => l.StartsWith(DemoContent.PrefixOfTenant[tenant] + "/tin-tuc/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_news_link_on_a_home_page_opens_its_article()
    {
        var client = host.Browser();
        var (_, home) = await client.GetPageAsync("/gia-hoa/");
        var links = HttpExtensions.ArticleLinks(home);
        // The home blocks also list the commune's newest documents and procedures, each at its own type's address.
        Assert.Contains(links, link => link.StartsWith("/gia-hoa/tin-tuc/", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var (status, page) = await client.GetPageAsync(link);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.StartsWith("/gia-hoa/", link);
            if (link.StartsWith("/gia-hoa/tin-tuc/", StringComparison.Ordinal))
            {
                Assert.Contains("<article class=\"article\">", page);
            }
        }
    }

    [Fact]
    public async Task A_tenants_article_is_not_served_under_another_tenant_or_the_district()
    {
        var client = host.Browser();
        var (_, home) = await client.GetPageAsync("/gia-hoa/");
        var slug = HttpExtensions.ArticleLinks(home)[0]["/gia-hoa/".Length..];

        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/gia-hoa/" + slug)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/thi-tran-me/" + slug)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/" + slug)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/mat-tran/" + slug)).Status);
    }

    [Fact]
    public async Task The_first_administrator_can_sign_in_on_every_tenant()
    {
        foreach (var prefix in DemoContent.PrefixOfTenant.Values)
        {
            var client = host.Browser();
            using var response = await client.SignInAsync(prefix, CmsHost.AdminUserName, CmsHost.AdminPassword);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"{prefix}/admin", response.Headers.Location?.OriginalString);
            var (status, admin) = await client.GetPageAsync($"{prefix}/admin");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("Trang quản trị", admin);
        }
    }
}

public sealed class FirstRunOnSqlite(SqliteFirstRunHost host) : FirstRunBehaviour(host), IClassFixture<SqliteFirstRunHost>;

public sealed class FirstRunOnPostgreSql(PostgreSqlFirstRunHost host) : FirstRunBehaviour(host), IClassFixture<PostgreSqlFirstRunHost>;
