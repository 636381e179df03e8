using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.District;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.District;

/// <summary>
/// "Tin cơ sở" kept in memory between changes: the district home rendered again reads nothing from the host database,
/// and a member's publication, a wiped read model or a disabled member still shows on the very next render.
/// </summary>
public sealed class SharedNewsMemoTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Cms:OutputCache:Enabled"] = "false",
        ["Cms:District:CatchUpDelay"] = "01:00:00",
    };

    private static Task<IReadOnlyList<NewsSummaryViewModel>> SharedNewsAsync(CmsHost host) =>
        host.Services.GetRequiredService<SharedNews>().LatestAsync(new DefaultHttpContext { RequestServices = host.Services });

    private static async Task<List<string>> TitlesAsync(CmsHost host) => (await SharedNewsAsync(host)).Select(n => n.Title).ToList();

    [Fact]
    public async Task Shared_news_read_again_costs_no_query_and_every_change_shows_on_the_next_render()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        try
        {
            var commune = TenantFactory.UniqueName("gia-trung");
            await TenantFactory.CreateAsync(host, new TenantSpec(commune, "Xã Gia Trung", commune, [], null));
            await TestNews.PublishAsync(host, commune, "Gia Trung khởi công đường liên thôn", "Tóm tắt.", "Nội dung.");
            using var counter = new EfCommandCounter();

            Assert.True(await counter.CountAsync(() => SharedNewsAsync(host)) > 0, "the first render read nothing");
            Assert.Equal(0, await counter.CountAsync(() => SharedNewsAsync(host)));
            Assert.Equal(["Gia Trung khởi công đường liên thôn"], await TitlesAsync(host));

            await TestNews.PublishAsync(host, commune, "Gia Trung đón bằng nông thôn mới nâng cao", "Tóm tắt.", "Nội dung.");
            Assert.Equal(["Gia Trung đón bằng nông thôn mới nâng cao", "Gia Trung khởi công đường liên thôn"], await TitlesAsync(host));

            await host.Services.GetRequiredService<SharedSummaryStore>().ClearAsync(CancellationToken.None);
            Assert.Empty(await TitlesAsync(host));
            await host.Services.GetRequiredService<SharedSummaryRefresher>().RebuildAsync(CancellationToken.None);
            Assert.Equal(2, (await TitlesAsync(host)).Count);

            await host.Registry.SetStateAsync(commune, TenantState.Disabled);
            Assert.Empty(await TitlesAsync(host));
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }
}
