using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A tenant's administrator tries to reach the district's tenant management: every door is closed on the server.</summary>
public sealed class TenantIsolationProbeTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    public static TheoryData<string> HostOnlyPages =>
    [
        "/admin/tenants", "/admin/tenants/create", "/admin/tenants/import", "/admin/tenants/archives",
        "/admin/tenants/gia-hoa", "/admin/tenants/default", "/admin/tenants/thi-tran-me", "/admin/tenants/khong-co",
    ];

    [Theory]
    [MemberData(nameof(HostOnlyPages))]
    public async Task A_tenant_administrator_gets_404_for_every_tenant_management_page(string page)
    {
        var client = host.Browser();
        using var _ = await client.SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gia-hoa/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gia-hoa" + page)).StatusCode);
    }

    [Theory]
    [InlineData("/admin/tenants/create", null)]
    [InlineData("/admin/tenants/gia-hoa", "Disable")]
    [InlineData("/admin/tenants/thi-tran-me", "Remove")]
    [InlineData("/admin/tenants/thi-tran-me", "Export")]
    [InlineData("/admin/tenants/archives", "Purge")]
    public async Task A_tenant_administrator_cannot_post_to_any_tenant_management_handler(string page, string? handler)
    {
        var client = host.Browser();
        using var _ = await client.SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var url = "/gia-hoa" + page + (handler is null ? "" : $"?handler={handler}");
        // The token of a form the tenant administrator may open, so only authorization can stop the request.
        using var response = await client.PostFormAsync("/gia-hoa/admin/login", url, new Dictionary<string, string>
        {
            ["Name"] = "chiem-quyen", ["DisplayName"] = "X", ["UrlPrefix"] = "chiem-quyen", ["Recipe"] = "giavien-blank",
            ["AdminUserName"] = "x", ["AdminPassword"] = "Mat-khau-dai-du-2024", ["Confirmation"] = "thi-tran-me", ["Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(host.Registry.Map.Find("chiem-quyen"));
        Assert.Equal(Data.Tenants.TenantState.Running, host.Registry.Map.Find("gia-hoa")!.State);
        Assert.NotNull(host.Registry.Map.Find("thi-tran-me"));
    }

    [Fact]
    public async Task A_tenant_administrators_sign_in_does_not_open_the_districts_tenant_list()
    {
        var client = host.Browser();
        using var _ = await client.SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var response = await client.GetAsync("/admin/tenants");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Anonymous_visitors_find_no_tenant_management_on_a_tenant_and_a_sign_in_form_on_the_district()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetAsync("/gia-hoa/admin/tenants")).StatusCode);
        using var district = await host.Browser().GetAsync("/admin/tenants");
        Assert.Equal(HttpStatusCode.Redirect, district.StatusCode);
        Assert.Contains("/admin/login", district.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_tenant_menu_is_not_shown_to_a_tenant_administrator()
    {
        var client = host.Browser();
        using var _ = await client.SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var (_, html) = await client.GetPageAsync("/gia-hoa/admin");
        Assert.DoesNotContain("admin/tenants", html);
        Assert.Contains("admin/users", html);
    }
}
