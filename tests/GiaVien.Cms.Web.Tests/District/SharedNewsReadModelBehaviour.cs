using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.District;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.District;

/// <summary>
/// "Tin cơ sở" on the district home comes from the district's read model of shared news: what a member publishes is on
/// the next uncached render, what it takes back (unpublish, delete, stop sharing, its site disabled) is gone, the render
/// costs the same queries for two members as for six, and a wiped model is rebuilt from the members' own data.
/// </summary>
public abstract class SharedNewsReadModelBehaviour(DatabaseProvider provider)
{
    // Every render is a real one; the check after a start is left for the test that wants it.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Cms:OutputCache:Enabled"] = "false",
        ["Cms:District:CatchUpDelay"] = "01:00:00",
    };

    [Fact]
    public async Task What_a_member_publishes_shows_on_the_next_render_and_what_it_takes_back_is_gone()
    {
        var host = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        try
        {
            var commune = await DistrictMembers.CreateCommuneAsync(host, "gia-hoa", "Xã Gia Hòa");
            var visitor = host.Browser();

            var unpublished = await TestNews.PublishAsync(host, commune, "Xã Gia Hòa khánh thành nhà văn hóa thôn Đông", "Tóm tắt.", "Nội dung.");
            Assert.Contains("Xã Gia Hòa khánh thành nhà văn hóa thôn Đông", await DistrictMembers.SharedSectionAsync(visitor));
            Assert.Contains($"href=\"/{commune}/\">Xã Gia Hòa</a>", await DistrictMembers.SharedSectionAsync(visitor));
            await TestNews.UnpublishAsync(host, commune, unpublished);
            Assert.DoesNotContain("Xã Gia Hòa khánh thành nhà văn hóa thôn Đông", await DistrictMembers.SharedSectionAsync(visitor));

            var deleted = await TestNews.PublishAsync(host, commune, "Gia Hòa ra quân vệ sinh môi trường", "Tóm tắt.", "Nội dung.");
            Assert.Contains("Gia Hòa ra quân vệ sinh môi trường", await DistrictMembers.SharedSectionAsync(visitor));
            await TestNews.DeleteAsync(host, commune, deleted);
            Assert.DoesNotContain("Gia Hòa ra quân vệ sinh môi trường", await DistrictMembers.SharedSectionAsync(visitor));

            await TestNews.PublishAsync(host, commune, "Tin nội bộ của xã Gia Hòa", "Tóm tắt.", "Nội dung.", shareWithDistrict: false);
            await TestNews.PublishAsync(host, commune, "Gia Hòa tổ chức hội thi nấu ăn", "Tóm tắt.", "Nội dung.");
            Assert.Contains("Gia Hòa tổ chức hội thi nấu ăn", await DistrictMembers.SharedSectionAsync(visitor));
            Assert.DoesNotContain("Tin nội bộ của xã Gia Hòa", await DistrictMembers.SharedSectionAsync(visitor));

            await SetSharingAsync(host, commune, false);
            Assert.DoesNotContain("Gia Hòa tổ chức hội thi nấu ăn", await DistrictMembers.SharedSectionAsync(visitor));
            await SetSharingAsync(host, commune, true);
            Assert.Contains("Gia Hòa tổ chức hội thi nấu ăn", await DistrictMembers.SharedSectionAsync(visitor));

            await host.Registry.SetStateAsync(commune, TenantState.Disabled);
            Assert.DoesNotContain("Gia Hòa tổ chức hội thi nấu ăn", await DistrictMembers.SharedSectionAsync(visitor));
            await host.Registry.SetStateAsync(commune, TenantState.Running);
            Assert.Contains("Gia Hòa tổ chức hội thi nấu ăn", await DistrictMembers.SharedSectionAsync(visitor));
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    [Fact]
    public async Task The_district_home_reads_six_members_with_the_queries_it_reads_two_with()
    {
        var host = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        try
        {
            using var counter = new EfCommandCounter();
            var communes = new List<string>();
            foreach (var (stem, name) in Communes.Take(2))
            {
                communes.Add(await DistrictMembers.CreateCommuneAsync(host, stem, name));
                await TestNews.PublishAsync(host, communes[^1], $"{name} đón bằng công nhận nông thôn mới", "Tóm tắt.", "Nội dung.");
            }

            var two = await counter.CountAsync(() => SharedNewsAsync(host));
            foreach (var (stem, name) in Communes.Skip(2))
            {
                communes.Add(await DistrictMembers.CreateCommuneAsync(host, stem, name));
                await TestNews.PublishAsync(host, communes[^1], $"{name} đón bằng công nhận nông thôn mới", "Tóm tắt.", "Nội dung.");
            }

            IReadOnlyList<NewsSummaryViewModel> shown = [];
            var six = await counter.CountAsync(async () => shown = await SharedNewsAsync(host));

            Assert.Equal(6, shown.Select(n => n.Source!.Url).Distinct().Count());
            Assert.True(two > 0, "the render counted no query at all");
            Assert.Equal(two, six);
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    [Fact]
    public async Task A_wiped_read_model_is_rebuilt_into_the_same_home_on_request_and_after_a_start()
    {
        var first = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        CmsHost? second = null;
        var firstRunning = true;
        try
        {
            foreach (var (stem, name) in Communes.Take(3))
            {
                var commune = await DistrictMembers.CreateCommuneAsync(first, stem, name);
                await TestNews.PublishAsync(first, commune, $"{name} tổng kết mùa vụ đông xuân", "Tóm tắt.", "Nội dung.");
            }

            var visitor = first.Browser();
            var before = await DistrictMembers.SharedSectionAsync(visitor);
            Assert.Contains("tổng kết mùa vụ đông xuân", before);

            await first.Services.GetRequiredService<SharedSummaryStore>().ClearAsync(CancellationToken.None);
            Assert.DoesNotContain("tổng kết mùa vụ đông xuân", await DistrictMembers.SharedSectionAsync(visitor));
            await first.Services.GetRequiredService<SharedSummaryRefresher>().RebuildAsync(CancellationToken.None);
            Assert.Equal(before, await DistrictMembers.SharedSectionAsync(visitor));

            // Wiped while no node runs (or lost in a crash): the check after the next start brings it back by itself.
            await first.Services.GetRequiredService<SharedSummaryStore>().ClearAsync(CancellationToken.None);
            await first.DisposeAsync();
            firstRunning = false;
            second = await new CmsHost(provider, first.DataPath, first.DatabaseName, first.Recipe)
            {
                Settings = new Dictionary<string, string>(Settings) { ["Cms:District:CatchUpDelay"] = "00:00:00" },
            }.StartAsync(expectedTenants: 4);
            var again = second.Browser();
            await Eventually.ThatAsync(async () => await DistrictMembers.SharedSectionAsync(again) == before, TimeSpan.FromSeconds(20), "the read model was not rebuilt after the start");
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            if (firstRunning)
            {
                await first.DisposeAsync();
            }

            await DemoHost.DeleteDataAsync(first);
        }
    }

    private static readonly (string Stem, string Name)[] Communes =
    [
        ("gia-hoa", "Xã Gia Hòa"), ("gia-tan", "Xã Gia Tân"), ("gia-lap", "Xã Gia Lập"),
        ("gia-van", "Xã Gia Vân"), ("gia-phong", "Xã Gia Phong"), ("lien-son", "Xã Liên Sơn"),
    ];

    private static Task SetSharingAsync(CmsHost host, string tenant, bool share) =>
        TestNews.InTenantAsync(host, tenant, async services =>
        {
            await services.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.ShareNewsWithDistrict, share ? "true" : "false");
            await services.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });

    /// <summary>What the district home's "Tin cơ sở" block reads, called in this flow so its queries can be counted.</summary>
    private static Task<IReadOnlyList<NewsSummaryViewModel>> SharedNewsAsync(CmsHost host) =>
        host.Services.GetRequiredService<SharedNews>().LatestAsync(new DefaultHttpContext { RequestServices = host.Services });
}

public sealed class SharedNewsReadModelOnSqlite() : SharedNewsReadModelBehaviour(DatabaseProvider.Sqlite);

public sealed class SharedNewsReadModelOnPostgreSql() : SharedNewsReadModelBehaviour(DatabaseProvider.PostgreSql);
