using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Communes merged in 2025: the old tenant's news moves and every old address answers 301 to its new place.</summary>
public sealed class TenantRetirementTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task Retiring_a_tenant_moves_its_published_news_and_redirects_every_old_url()
    {
        var old = TenantFactory.UniqueName("gia-tien");
        var target = TenantFactory.UniqueName("tien-thang");
        await TenantFactory.CreateAsync(host, new TenantSpec(old, "Xã Gia Tiến", old, [], null));
        await TenantFactory.CreateAsync(host, new TenantSpec(target, "Xã Tiến Thắng", target, [], null));
        var harvest = await NewsFactory.PublishAsync(host, old, "Gia Tiến thu hoạch lúa xuân", categories: ["kinh-te"]);
        var meeting = await NewsFactory.PublishAsync(host, old, "Hội nghị tổng kết năm");
        await NewsFactory.PublishAsync(host, target, "Hội nghị tổng kết năm");

        var admin = await TenantAdminClient.SignInAsync(host);
        using (var retire = await admin.PostAsync(old, "Retire", new() { ["Target"] = target }))
        {
            Assert.Equal(HttpStatusCode.OK, retire.StatusCode);
            Assert.Contains("Đã chuyển 2 tin bài", WebUtility.HtmlDecode(await retire.Content.ReadAsStringAsync()));
        }

        var retired = host.Registry.Map.Find(old)!;
        Assert.Equal(TenantState.Disabled, retired.State);
        Assert.Equal(target, retired.RetiredInto);

        using var moved = await host.Browser().GetAsync($"/{old}/{harvest.RoutePath}");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"http://localhost/{target}/{harvest.RoutePath}", moved.Headers.Location!.ToString());
        var (status, html) = await host.Browser().GetPageAsync(moved.Headers.Location.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Gia Tiến thu hoạch lúa xuân", html);

        // The target already had this slug: the moved item gets a free one, and the redirect points there.
        using var renamed = await host.Browser().GetAsync($"/{old}/{meeting.RoutePath}");
        Assert.Equal(HttpStatusCode.MovedPermanently, renamed.StatusCode);
        Assert.Equal($"http://localhost/{target}/{meeting.RoutePath}-2", renamed.Headers.Location!.ToString());

        using var home = await host.Browser().GetAsync($"/{old}/");
        Assert.Equal(HttpStatusCode.MovedPermanently, home.StatusCode);
        Assert.Equal($"http://localhost/{target}/", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_tenant_cannot_be_retired_into_itself_or_into_a_disabled_tenant()
    {
        var old = TenantFactory.UniqueName("gia-thang");
        await TenantFactory.CreateAsync(host, new TenantSpec(old, "Xã Gia Thắng", old, [], null));
        var admin = await TenantAdminClient.SignInAsync(host);
        using var self = await admin.PostAsync(old, "Retire", new() { ["Target"] = old });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("đơn vị khác, đang hoạt động", WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync()));
        Assert.Null(host.Registry.Map.Find(old)!.RetiredInto);
    }
}
