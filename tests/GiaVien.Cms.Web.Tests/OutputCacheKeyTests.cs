using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The output cache keeps one entry per page a visitor can actually see: query parameters a page does not read
/// (or a malformed page number) are served from the existing entry, so made-up URLs cannot force renders or fill memory.
/// A type's public list reads its page number, the filters of its filterable fields (whatever their case: the query is
/// read without regard to it) and an order by one of its sortable fields, and varies on those alone; a filter is never
/// answered with the unfiltered list.
/// </summary>
public sealed class OutputCacheKeyTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<string> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));
        return name;
    }

    private async Task<string> CommuneWithAnnouncementsAsync()
    {
        TestRecipes.Add(host, "xa-co-thong-bao-cache", """
            {"name":"xa-co-thong-bao-cache","displayName":"Xã có thông báo","isSetupRecipe":true,
             "steps":[{"name":"Recipes","Values":["giavien-commune","thong-bao"]}]}
            """);
        var name = TenantFactory.UniqueName("gia-van");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Vân", name, [], null), "xa-co-thong-bao-cache");
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

    [Fact]
    public async Task A_type_list_makes_no_entry_for_a_parameter_or_an_order_it_does_not_read()
    {
        var name = await CommuneWithAnnouncementsAsync();
        Assert.False(await ServedFromCacheAsync($"/{name}/thong-bao"));

        // Capitalised like a field's name, but no field of the type is called that.
        Assert.True(await ServedFromCacheAsync($"/{name}/thong-bao?Zzz{Guid.NewGuid():N}=1"));
        Assert.True(await ServedFromCacheAsync($"/{name}/thong-bao?Fbclid={Guid.NewGuid():N}"));
        Assert.True(await ServedFromCacheAsync($"/{name}/thong-bao?sap-xep=Khong{Guid.NewGuid():N}"));
        Assert.True(await ServedFromCacheAsync($"/{name}/thong-bao?utm_source={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task A_filter_however_its_name_is_spelt_is_its_own_entry_and_never_the_unfiltered_list()
    {
        var name = await CommuneWithAnnouncementsAsync();
        Assert.False(await ServedFromCacheAsync($"/{name}/thong-bao"));

        Assert.False(await ServedFromCacheAsync($"/{name}/thong-bao?Level=" + Uri.EscapeDataString("Khẩn")));
        Assert.False(await ServedFromCacheAsync($"/{name}/thong-bao?level=" + Uri.EscapeDataString("Thường")));
        Assert.True(await ServedFromCacheAsync($"/{name}/thong-bao?Level=" + Uri.EscapeDataString("Khẩn") + $"&ref={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task An_article_and_a_category_are_one_entry_whatever_query_they_are_sent()
    {
        var (_, home) = await host.Browser().GetPageAsync("/");
        var article = HttpExtensions.ArticleLinks(home)[0];
        await ServedFromCacheAsync(article);
        Assert.True(await ServedFromCacheAsync($"{article}?Level=1&trang=2&utm_source={Guid.NewGuid():N}"));

        await ServedFromCacheAsync("/chuyen-muc/kinh-te");
        Assert.True(await ServedFromCacheAsync($"/chuyen-muc/kinh-te?ref={Guid.NewGuid():N}&Zzz=1"));
    }

    [Fact]
    public async Task A_path_that_shows_nothing_is_never_stored()
    {
        var missing = $"/khong-co-trang-{Guid.NewGuid():N}";
        using var first = await host.Browser().GetAsync(missing);
        using var second = await host.Browser().GetAsync(missing);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.Age);
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

    [Fact]
    public async Task A_page_compressed_for_browsers_is_counted_by_the_bytes_stored()
    {
        async Task<HttpResponseMessage> GetAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
            return await host.Browser().SendAsync(request);
        }

        using var first = await GetAsync();
        using var second = await GetAsync();

        // The plain page does not fit (above); its compressed form does, and is what the cache holds.
        Assert.Equal("gzip", second.Content.Headers.ContentEncoding.Single());
        Assert.InRange((await second.Content.ReadAsByteArrayAsync()).Length, 1, 4096);
        Assert.NotNull(second.Headers.Age);
    }
}
