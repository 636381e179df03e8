using GiaVien.Cms.Features;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Site.Announcements;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>
/// A tenant's own search leaves out the types it switched off, read from its read cache: searched before and after the
/// switch, the very next search follows it, both ways.
/// </summary>
public sealed class OwnSearchFeatureTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    [Fact]
    public async Task A_commune_searched_before_it_switches_announcements_off_and_on_follows_each_switch_at_once()
    {
        var word = "lichtiep" + Guid.NewGuid().ToString("N")[..8];
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Minh", tenant, [], null));
        var features = host.Services.GetRequiredService<TenantFeatures>();
        await features.EnableAsync(tenant, AnnouncementsFeature.Id, "kiem-thu");
        TestRecipes.Add(host, tenant + "-tb", AnnouncementRecipes.WithContent(tenant + "-tb", "thong-bao-" + tenant, $"<p>Lịch {word} của Chủ tịch UBND xã.</p>"));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, tenant + "-tb"], host.Services, TextWriter.Null, new StringWriter()));
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
