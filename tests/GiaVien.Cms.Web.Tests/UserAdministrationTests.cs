using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A tenant's administrator manages the tenant's own users and settings, and nothing beyond.</summary>
public sealed partial class UserAdministrationTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task A_tenant_administrator_creates_a_user_who_signs_in_and_can_be_disabled_and_reset()
    {
        var name = TenantFactory.UniqueName("gia-phong");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Phong", name, [], null));
        var admin = host.Browser();
        (await admin.SignInAsync($"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword)).Dispose();

        using (var created = await admin.PostFormAsync($"/{name}/admin/users/create", null, new Dictionary<string, string>
        {
            ["UserName"] = "bientap", ["Email"] = "bientap@giaphong.vn", ["Password"] = "Bien-tap-vien-2025", ["Roles"] = "Editor",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var editor = host.Browser();
        using (var signIn = await editor.SignInAsync($"/{name}", "bientap", "Bien-tap-vien-2025"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // An editor has no user management.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/{name}/admin/users")).StatusCode);

        var (_, list) = await admin.GetPageAsync($"/{name}/admin/users");
        var id = UserId().Match(list).Groups[1].Value;
        (await admin.PostFormAsync($"/{name}/admin/users", $"/{name}/admin/users?handler=Enable&id={id}&enabled=false", new Dictionary<string, string>())).Dispose();
        using (var disabled = await host.Browser().SignInAsync($"/{name}", "bientap", "Bien-tap-vien-2025"))
        {
            Assert.Contains("vô hiệu hóa", WebUtility.HtmlDecode(await disabled.Content.ReadAsStringAsync()));
        }

        (await admin.PostFormAsync($"/{name}/admin/users", $"/{name}/admin/users?handler=Enable&id={id}&enabled=true", new Dictionary<string, string>())).Dispose();
        using var reset = await admin.PostFormAsync($"/{name}/admin/users", $"/{name}/admin/users?handler=Reset&id={id}", new Dictionary<string, string>());
        Assert.Contains("set-password?token=", await reset.Content.ReadAsStringAsync());
        using var oldPassword = await host.Browser().SignInAsync($"/{name}", "bientap", "Bien-tap-vien-2025");
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
    }

    [Fact]
    public async Task A_tenant_administrator_changes_the_site_name_shown_on_the_public_site()
    {
        var name = TenantFactory.UniqueName("gia-vuong");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Vượng", name, [], null));
        var admin = host.Browser();
        (await admin.SignInAsync($"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword)).Dispose();
        using var saved = await admin.PostFormAsync($"/{name}/admin/settings", null, new Dictionary<string, string>
        {
            ["Values[SiteName]"] = "Cổng thông tin xã Gia Vượng", ["Values[PrimaryColor]"] = "#123456", ["Values[ShareNewsWithDistrict]"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var (_, html) = await host.Browser().GetPageAsync($"/{name}/");
        Assert.Contains("Cổng thông tin xã Gia Vượng", html);

        using var bad = await admin.PostFormAsync($"/{name}/admin/settings", null, new Dictionary<string, string> { ["Values[SiteName]"] = "X", ["Values[PrimaryColor]"] = "đỏ" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [GeneratedRegex("data-user=\"bientap\">\\s*<td><a href=\"[^\"]*/admin/users/(\\d+)\"")]
    private static partial Regex UserId();
}
