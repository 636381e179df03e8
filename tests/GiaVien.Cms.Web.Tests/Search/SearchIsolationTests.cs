using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>A tenant's search shows only its own news; the district view shows only what tenants share.</summary>
public sealed class SearchIsolationTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    [Fact]
    public async Task Tenant_scope_stays_in_the_tenant_and_district_scope_shows_only_shared_news_of_sharing_tenants()
    {
        var word = "chiase" + Guid.NewGuid().ToString("N")[..6];
        var sharing = TenantFactory.UniqueName("gia-lap");
        var private_ = TenantFactory.UniqueName("gia-minh");
        await TenantFactory.CreateAsync(host, new TenantSpec(sharing, "Xã Gia Lập", sharing, [], null));
        await TenantFactory.CreateAsync(host, new TenantSpec(private_, "Xã Gia Minh", private_, [], null), recipe: "giavien-blank");
        await TestNews.PublishAsync(host, "default", $"Huyện: {word}", "Tóm tắt.", "Nội dung.", shareWithDistrict: false);
        await TestNews.PublishAsync(host, sharing, $"Gia Lập chia sẻ: {word}", "Tóm tắt.", "Nội dung.", shareWithDistrict: true);
        await TestNews.PublishAsync(host, sharing, $"Gia Lập giữ riêng: {word}", "Tóm tắt.", "Nội dung.", shareWithDistrict: false);
        await TestNews.PublishAsync(host, private_, $"Gia Minh: {word}", "Tóm tắt.", "Nội dung.", shareWithDistrict: true);
        var client = host.Browser();

        var own = await client.SearchUntilAsync($"/{sharing}/api/search?q={word}", r => r.Total() == 2);
        var ownAskingDistrict = await client.SearchAsync($"/{sharing}/api/search?q={word}&scope=district");
        var privateOwn = await client.SearchUntilAsync($"/{private_}/api/search?q={word}", r => r.Total() == 1);
        var district = await client.SearchUntilAsync($"/api/search?q={word}&scope=district", r => r.Total() == 2);
        var districtOnly = await client.SearchAsync($"/api/search?q={word}");

        Assert.All(own.Results(), r => Assert.Equal(sharing, r.GetProperty("tenant").GetString()));
        Assert.Equal(2, own.Total());
        Assert.Equal(("tenant", 2), (ownAskingDistrict.GetProperty("scope").GetString(), ownAskingDistrict.Total()));
        Assert.Equal(private_, Assert.Single(privateOwn.Results()).GetProperty("tenant").GetString());
        Assert.Equal("district", district.GetProperty("scope").GetString());
        Assert.Equal(
            [("default", $"Huyện: {word}", "/tin-tuc/"), (sharing, $"Gia Lập chia sẻ: {word}", $"/{sharing}/tin-tuc/")],
            district.Results().Select(r => (r.GetProperty("tenant").GetString(), r.GetProperty("title").GetString(), r.GetProperty("url").GetString()![..(r.GetProperty("url").GetString()!.IndexOf("/tin-tuc/", StringComparison.Ordinal) + 9)])).OrderBy(r => r.Item1));
        Assert.Equal("default", Assert.Single(districtOnly.Results()).GetProperty("tenant").GetString());
    }
}
