using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The output cache keeps one entry per page a visitor can actually see: query parameters a page does not read
/// (or a malformed page number) are served from the existing entry, so made-up URLs cannot force renders or fill memory.
/// </summary>
public sealed class OutputCacheKeyTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<string> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));
        return name;
    }

    private async Task<bool> ServedFromCacheAsync(string url)
    {
        using var response = await host.Browser().GetAsync(url);
        response.EnsureSuccessStatusCode();
        return response.Headers.Age is not null;
    }

    [Fact]
    public async Task The_home_page_ignores_a_page_number_and_any_other_query_parameter()
    {
        var name = await NewCommuneAsync();
        Assert.False(await ServedFromCacheAsync($"/{name}/"));

        Assert.True(await ServedFromCacheAsync($"/{name}/?trang={Guid.NewGuid():N}"));
        Assert.True(await ServedFromCacheAsync($"/{name}/?trang=2"));
        Assert.True(await ServedFromCacheAsync($"/{name}/?utm_source={Guid.NewGuid():N}"));
        Assert.False(await ServedFromCacheAsync($"/{name}/trang/gioi-thieu"));
        Assert.True(await ServedFromCacheAsync($"/{name}/trang/gioi-thieu?trang=3"));
    }

    [Fact]
    public async Task A_news_list_keeps_one_entry_per_page_number_it_shows()
    {
        var name = await NewCommuneAsync();
        Assert.False(await ServedFromCacheAsync($"/{name}/tin-tuc"));

        // A malformed or padded page number shows the first page, so it is the first page's entry.
        Assert.True(await ServedFromCacheAsync($"/{name}/tin-tuc?trang=abc"));
        Assert.True(await ServedFromCacheAsync($"/{name}/tin-tuc?trang=01"));
        Assert.True(await ServedFromCacheAsync($"/{name}/tin-tuc?ref={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task Each_page_number_of_a_list_is_its_own_entry()
    {
        var name = await NewCommuneAsync();
        for (var i = 1; i <= NewsListPage.PageSize + 1; i++)
        {
            await NewsFactory.PublishAsync(host, name, $"Tin thứ {i} của xã");
        }

        var first = (await host.Browser().GetPageAsync($"/{name}/tin-tuc")).Html;
        var (status, second) = await host.Browser().GetPageAsync($"/{name}/tin-tuc?trang=2");

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("Tin thứ 1 của xã", second);
        Assert.DoesNotContain("Tin thứ 1 của xã", first);
        Assert.Equal(HttpExtensions.WithoutNonces(second), HttpExtensions.WithoutNonces((await host.Browser().GetPageAsync($"/{name}/tin-tuc?trang=2&x=1")).Html));
    }
}

/// <summary>A district-only installation whose output cache may hold fewer bytes than one page.</summary>
public sealed class TinyOutputCacheHost() : DistrictHost(new Dictionary<string, string> { ["Cms:OutputCache:SizeLimit"] = "4096" });

public sealed class OutputCacheSizeLimitTests(TinyOutputCacheHost host) : IClassFixture<TinyOutputCacheHost>
{
    [Fact]
    public async Task A_page_larger_than_the_configured_limit_is_rendered_every_time_rather_than_stored()
    {
        using var first = await host.Browser().GetAsync("/");
        using var second = await host.Browser().GetAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.OK, second.StatusCode);
        Assert.True((await second.Content.ReadAsByteArrayAsync()).Length > 4096);
        Assert.Null(second.Headers.Age);
    }
}
