using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

public sealed class TenantResolutionTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task A_tenant_bound_to_a_host_name_answers_on_that_host_only()
    {
        var name = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Tân", null, [$"{name}.giavien.vn"], null));

        var (status, html) = await host.Browser($"{name}.GiaVien.vn").GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"site-name\">Xã Gia Tân<", html);
        Assert.Contains("Chưa có tin bài nào được xuất bản.", html);

        var (_, district) = await host.Browser("localhost").GetPageAsync("/");
        Assert.Contains("class=\"site-name\">UBND huyện Gia Viễn<", district);
    }

    [Fact]
    public async Task A_wildcard_host_name_matches_its_subdomains()
    {
        var name = TenantFactory.UniqueName("phu-nu");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Hội Liên hiệp Phụ nữ huyện", null, [$"*.{name}.vn"], null), "giavien-organisation");

        Assert.Contains("class=\"site-name\">Hội Liên hiệp Phụ nữ huyện<", (await host.Browser($"xa-gia-lac.{name}.vn").GetPageAsync("/")).Html);
        // The bare domain is not covered by the wildcard, and once host names are configured an unknown host is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Browser($"{name}.vn").GetPageAsync("/")).Status);
    }

    [Fact]
    public async Task Host_and_prefix_together_win_over_the_host_alone()
    {
        var portal = TenantFactory.UniqueName("cong");
        var youth = TenantFactory.UniqueName("doan");
        var hostName = $"{portal}.vn";
        await TenantFactory.CreateAsync(host, new TenantSpec(portal, "Cổng thông tin", null, [hostName], null));
        await TenantFactory.CreateAsync(host, new TenantSpec(youth, "Huyện đoàn Gia Viễn", "doan", [hostName], null), "giavien-organisation");

        var client = host.Browser(hostName);
        Assert.Contains("class=\"site-name\">Huyện đoàn Gia Viễn<", (await client.GetPageAsync("/doan/")).Html);
        Assert.Contains($"href=\"/doan/theme/site.css?v=", (await client.GetPageAsync("/doan/")).Html);
        Assert.Contains("class=\"site-name\">Cổng thông tin<", (await client.GetPageAsync("/")).Html);
        // The same prefix without that host is not the youth union's: it falls to the district.
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync("/doan/")).Status);
    }

    [Fact]
    public async Task An_unknown_prefix_gets_the_districts_themed_404()
    {
        var (status, html) = await host.Browser().GetPageAsync("/xa-khong-ton-tai/tin-tuc/bai-viet");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy trang", html);
        Assert.Contains("class=\"site-name\">UBND huyện Gia Viễn<", html);
    }

    [Fact]
    public async Task A_disabled_tenant_answers_503_in_vietnamese_and_comes_back_when_enabled()
    {
        var name = TenantFactory.UniqueName("gia-lac");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lạc", name, [], null));
        await host.Registry.SetStateAsync(name, TenantState.Disabled);

        using var disabled = await host.Browser().GetAsync($"/{name}/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, disabled.StatusCode);
        var html = await disabled.Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"page-title\">Trang tạm ngừng hoạt động</h1>", html);
        Assert.Contains("class=\"site-name\">Xã Gia Lạc<", html);
        Assert.Contains($"href=\"/{name}/theme/site.css?v=", html);

        await host.Registry.SetStateAsync(name, TenantState.Running);
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetPageAsync($"/{name}/")).Status);
    }

    [Fact]
    public async Task A_tenant_being_set_up_answers_503_with_retry_after()
    {
        var name = TenantFactory.UniqueName("gia-minh");
        await host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Minh", name, [], "giavien-commune"));
        await host.Registry.SetStateAsync(name, TenantState.Initializing);

        using var response = await host.Browser().GetAsync($"/{name}/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(TenantMiddleware.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Contains("Trang đang được khởi tạo", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_tenant_whose_setup_never_ran_is_not_served()
    {
        var name = TenantFactory.UniqueName("gia-phu");
        await host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Phú", name, [], "giavien-commune"));

        var (status, html) = await host.Browser().GetPageAsync($"/{name}/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Trang chưa sẵn sàng", html);
    }
}
