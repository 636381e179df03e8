using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The output cache varies only on what a page reads. A type's public list reads its page number, the filters of its
/// filterable fields (whatever their case: the query is read without regard to it) and an order by one of its sortable
/// fields; any other parameter, however it is spelt, is served from the entry the page already has, so made-up URLs
/// cannot force renders or fill memory, and a filter is never answered with the unfiltered list.
/// </summary>
public sealed class OutputCacheQueryTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
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
