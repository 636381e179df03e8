using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// The attack of issue 12, replayed end to end: a commune administrator puts script in a template override of its
/// prefix tenant; the district administrator, signed in, opens the commune's page (same origin as the district's
/// admin). The script would read the district's "new user" page with its form token and create an Administrator.
/// </summary>
public sealed class TemplateTakeoverBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Intruder = "ke-doat-quyen";

    // Reads the district's admin page (its antiforgery token) and posts the form that creates an Administrator.
    private const string Payload =
        "fetch('/admin/users/create',{credentials:'include'}).then(function(r){return r.text()}).then(function(h){"
        + "var d=new DOMParser().parseFromString(h,'text/html'),f=new FormData();"
        + "f.append('__af',d.querySelector('input[name=__af]').value);f.append('UserName','" + Intruder + "');"
        + "f.append('Password','Mat-khau-ke-doat-quyen-1');f.append('Roles','Administrator');"
        + "return fetch('/admin/users/create',{method:'POST',body:f,credentials:'include'})})";

    /// <summary>Script written out, then the same assembled by Liquid where no save-time check can see it.</summary>
    private static readonly string Template = $$$"""
        {% capture payload %}{{{Payload}}}{% endcapture %}
        <h1 class="page-title">Xã Gia Hòa chào mừng bạn</h1>
        <script>{{ payload | raw }}</script>
        <img src="/khong-co-anh.png" alt="" onerror="{{ payload }}">
        {{ "<scr" | append: "ipt>" | raw }}{{ payload | raw }}{{ "</scr" | append: "ipt>" | raw }}
        {% assign handler = "on" | append: "error" %}<img src="/khong-co-anh-2.png" alt="" {{ handler }}="{{ payload }}">
        <a href="java{{ "" }}script:void({{ payload }})" id="lien-ket">Xem thêm</a>
        """;

    [Fact]
    public async Task A_commune_template_cannot_use_the_district_administrators_session()
    {
        var commune = TenantFactory.UniqueName("gia-hoa");
        await TenantFactory.CreateAsync(fixture.Host, new TenantSpec(commune, "Xã Gia Hòa", commune, [], null));

        // The commune's administrator tries to save it through the admin…
        await using var communeBrowser = await fixture.NewContextAsync();
        var communeAdmin = await communeBrowser.NewPageAsync();
        await SignInAsync(communeAdmin, $"/{commune}/admin");
        await communeAdmin.GotoAsync($"/{commune}/admin/theme/templates/Home");
        await communeAdmin.Locator("#Source").FillAsync(Template);
        await communeAdmin.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và lưu" }).ClickAsync();
        var saveAnswer = await communeAdmin.Locator("main").InnerTextAsync();

        // …and, refused or not, it is planted straight into the commune's database, as a bug elsewhere might let it be.
        await TenantServices.RunAsync(fixture.Host, commune, sp => sp.GetRequiredService<ThemeTemplateStore>().SaveAsync("Home", Template, "ke-tan-cong"));

        await using var districtBrowser = await fixture.NewContextAsync();
        var district = await districtBrowser.NewPageAsync();
        await SignInAsync(district, "/admin");
        var adminRequests = new List<string>();
        district.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath.StartsWith("/admin", StringComparison.Ordinal))
            {
                adminRequests.Add($"{request.Method} {request.Url}");
            }
        };
        await district.GotoAsync($"/{commune}/");
        await Assertions.Expect(district.GetByRole(AriaRole.Heading, new() { Name = "Xã Gia Hòa chào mừng bạn" })).ToBeVisibleAsync();
        await district.Locator("#lien-ket").ClickAsync();
        try
        {
            await district.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        catch (TimeoutException)
        {
            // Scripts keeping the network busy (the attack at work) are shown by the assertions below.
        }

        Assert.Empty(adminRequests);
        var districtUsers = await TenantServices.RunAsync(fixture.Host, GiaVien.Cms.Data.Tenants.TenantRecord.DefaultName, sp => sp.GetRequiredService<UserService>().ListAsync());
        Assert.DoesNotContain(districtUsers, u => u.UserName == Intruder);
        Assert.Contains("Mẫu không được lưu", saveAnswer);
        Assert.Contains("thẻ <script>", saveAnswer);
        Assert.Contains("thuộc tính sự kiện onerror", saveAnswer);
        fixture.AssertNoServerWarnings();
    }

    private static async Task SignInAsync(IPage page, string adminPath)
    {
        await page.GotoAsync(adminPath + "/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(CmsHost.AdminUserName);
        await page.GetByLabel("Mật khẩu").FillAsync(CmsHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng xuất" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }))).ToBeVisibleAsync();
    }
}
