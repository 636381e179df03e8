using GiaVien.Cms.Features;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Site.Announcements;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>
/// The district view searches other tenants' indexes, where a switched-off type's items stay indexed: a commune that
/// disables "Thông báo" takes its shared announcements out of the district's search at once, and enabling brings them back.
/// Its own search (the switched-off types from its read cache) follows each switch on the very next search too.
/// </summary>
public sealed class DistrictScopeFeatureTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    /// <summary>A new commune with "Thông báo" on and one announcement holding a word of its own; returns both.</summary>
    private async Task<(string Tenant, string Word, TenantFeatures Features)> CommuneWithAnnouncementAsync(string stem, string displayName)
    {
        var word = stem + Guid.NewGuid().ToString("N")[..8];
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, displayName, tenant, [], null));
        var features = host.Services.GetRequiredService<TenantFeatures>();
        await features.EnableAsync(tenant, AnnouncementsFeature.Id, "kiem-thu");
        TestRecipes.Add(host, tenant + "-tb", AnnouncementRecipes.WithContent(tenant + "-tb", "thong-bao-" + tenant, $"<p>Lịch {word} của Chủ tịch UBND xã.</p>"));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, tenant + "-tb"], host.Services, TextWriter.Null, new StringWriter()));
        return (tenant, word, features);
    }

    [Fact]
    public async Task A_commune_that_switches_announcements_off_takes_them_out_of_the_district_search_until_it_switches_them_on()
    {
        var (tenant, word, features) = await CommuneWithAnnouncementAsync("tiepdan", "UBND xã Gia Lạc");
        var client = host.Browser();
        var district = $"/api/search?q={word}&scope=district";
        Assert.Equal(1, (await client.SearchUntilAsync(district, r => r.Total() == 1)).Total());

        await features.DisableAsync(tenant, AnnouncementsFeature.Id, "kiem-thu");
        Assert.Equal(0, (await client.SearchAsync(district)).Total());
        Assert.Equal(0, (await client.SearchAsync($"/{tenant}/api/search?q={word}")).Total());

        await features.EnableAsync(tenant, AnnouncementsFeature.Id, "kiem-thu");
        var back = await client.SearchAsync(district);
        Assert.Equal(tenant, Assert.Single(back.Results()).GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task A_commune_searched_before_it_switches_announcements_off_and_on_follows_each_switch_in_its_own_search_at_once()
    {
        var (tenant, word, features) = await CommuneWithAnnouncementAsync("lichtiep", "UBND xã Gia Minh");
        var client = host.Browser();
        var own = $"/{tenant}/api/search?q={word}";
        Assert.Equal(1, (await client.SearchUntilAsync(own, r => r.Total() == 1)).Total());
        Assert.Equal(1, (await client.SearchAsync(own)).Total());

        await features.DisableAsync(tenant, AnnouncementsFeature.Id, "kiem-thu");
        Assert.Equal(0, (await client.SearchAsync(own)).Total());
        Assert.Equal(0, (await client.SearchAsync(own)).Total());

        await features.EnableAsync(tenant, AnnouncementsFeature.Id, "kiem-thu");
        Assert.Equal(1, (await client.SearchAsync(own)).Total());
    }
}
