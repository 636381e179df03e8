using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The district administrator's tenant lifecycle, end to end through HTTP.</summary>
public sealed class TenantAdministrationTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task The_list_shows_every_tenant_with_its_state_address_and_recipe()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var (status, html) = await admin.Client.GetPageAsync("/admin/tenants?q=gia%20hoa");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-tenant=\"gia-hoa\"", html);
        Assert.Contains("Đang hoạt động", html);
        Assert.Contains("/gia-hoa", html);
        Assert.DoesNotContain("data-tenant=\"mat-tran\"", html);
    }

    [Fact]
    public async Task A_tenant_created_from_the_commune_recipe_is_set_up_in_the_background_and_its_administrator_can_sign_in()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-tan");
        using var created = await admin.CreateAsync(name, "UBND xã Gia Tân", name, adminUserName: "quantri-giatan");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Đã tạo đơn vị", await created.Content.ReadAsStringAsync());

        using (var early = await host.Browser().GetAsync($"/{name}/"))
        {
            if (host.Registry.Map.Find(name)!.State != TenantState.Running)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
                Assert.NotNull(early.Headers.RetryAfter);
            }
        }

        var tenant = await TenantAdminClient.WaitForSetupAsync(host, name);
        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Equal("giavien-commune", tenant.RecipeName);
        var client = host.Browser();
        using var signIn = await client.SignInAsync($"/{name}", "quantri-giatan", CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{name}/admin")).StatusCode);
    }

    [Fact]
    public async Task A_setup_link_lets_the_new_administrator_choose_a_password_once()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-minh");
        using var created = await admin.CreateAsync(name, "UBND xã Gia Minh", name, setupLink: true);
        var html = await created.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, "value=\"(http[^\"]+set-password[^\"]+)\"").Groups[1].Value;
        Assert.Contains($"/{name}/admin/set-password?token=", link);
        await TenantAdminClient.WaitForSetupAsync(host, name);

        var path = new Uri(System.Net.WebUtility.HtmlDecode(link)).PathAndQuery;
        var client = host.Browser();
        var fields = new Dictionary<string, string> { ["Token"] = Uri.UnescapeDataString(path[(path.IndexOf("token=", StringComparison.Ordinal) + 6)..]), ["Password"] = "Mat-khau-moi-2025", ["Confirm"] = "Mat-khau-moi-2025" };
        using (var set = await client.PostFormAsync(path, path, fields))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            Assert.Contains("Đã đặt mật khẩu", await set.Content.ReadAsStringAsync());
        }

        using (var again = await client.PostFormAsync(path, path, fields))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        }

        using var signIn = await host.Browser().SignInAsync($"/{name}", "quantri", "Mat-khau-moi-2025");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("gia-hoa", HttpStatusCode.Conflict, "Đã có đơn vị mang tên định danh")]
    [InlineData("admin", HttpStatusCode.BadRequest, "từ dành riêng")]
    [InlineData("Gia Hoa", HttpStatusCode.BadRequest, "không hợp lệ")]
    public async Task Bad_or_taken_names_are_refused_with_a_message(string name, HttpStatusCode status, string message)
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        using var response = await admin.CreateAsync(name, "Xã thử", TenantFactory.UniqueName("thu"));
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("gia-hoa", "", "đã được đơn vị \"gia-hoa\" sử dụng")]
    [InlineData(null, "gia hoa.vn", "không hợp lệ")]
    public async Task Taken_prefixes_and_invalid_host_names_are_refused(string? prefix, string hosts, string message)
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        using var response = await admin.CreateAsync(TenantFactory.UniqueName("x"), "Xã thử", prefix, hosts: hosts);
        Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Two_administrators_creating_the_same_tenant_at_once_get_one_tenant_and_one_conflict()
    {
        var first = await TenantAdminClient.SignInAsync(host);
        var second = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-phu");
        var responses = await Task.WhenAll(first.CreateAsync(name, "Xã Gia Phú", name), second.CreateAsync(name, "Xã Gia Phú", name));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await TenantAdminClient.WaitForSetupAsync(host, name);
    }

    [Fact]
    public async Task A_recipe_failing_halfway_leaves_the_tenant_uninitialized_with_the_step_shown()
    {
        TestRecipes.Add(host, "hong-giua-chung", """
            {"name":"hong-giua-chung","displayName":"Hỏng giữa chừng","isSetupRecipe":true,"steps":[
              {"name":"Recipes","Values":["giavien-content-types"]},
              {"name":"Users","Users":[{"UserName":"[setup:AdminUserName]","Password":"ngan","Roles":["Administrator"]}]}]}
            """);
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-sinh");
        using var created = await admin.CreateAsync(name, "Xã Gia Sinh", name, recipe: "hong-giua-chung");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        var tenant = await TenantAdminClient.WaitForSetupAsync(host, name);
        Assert.Equal(TenantState.Uninitialized, tenant.State);
        Assert.False(File.Exists(host.DataFolder.TenantDatabaseFile(name)));
        var (_, html) = await admin.Client.GetPageAsync($"/admin/tenants/{name}");
        Assert.Contains("steps[1] (Users)", WebUtility.HtmlDecode(html));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Browser().GetAsync($"/{name}/")).StatusCode);
    }

    [Fact]
    public async Task Editing_the_prefix_applies_at_once_and_a_stale_edit_is_refused()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-lac");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lạc", name, [], null));
        var stale = host.Registry.Map.Find(name)!.Version.ToString();

        using (var saved = await admin.PostAsync(name, "Update", new() { ["DisplayName"] = "UBND xã Gia Lạc", ["UrlPrefix"] = name + "-moi", ["HostNames"] = "" }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var (status, html) = await host.Browser().GetPageAsync($"/{name}-moi/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Xã Gia Lạc", html);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetAsync($"/{name}/")).StatusCode);

        using var conflict = await admin.PostAsync(name, "Update", new() { ["Version"] = stale, ["DisplayName"] = "Cũ", ["UrlPrefix"] = name, ["HostNames"] = "" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync()));
        Assert.Equal(name + "-moi", host.Registry.Map.Find(name)!.UrlPrefix);
    }

    [Fact]
    public async Task A_disabled_tenant_shows_the_unavailable_page_and_comes_back_when_enabled()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-thanh");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Thanh", name, [], null));

        (await admin.PostAsync(name, "Disable")).Dispose();
        var (status, html) = await host.Browser().GetPageAsync($"/{name}/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Trang tạm ngừng hoạt động", html);

        (await admin.PostAsync(name, "Enable")).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await host.Browser().GetAsync($"/{name}/")).StatusCode);
    }

    [Fact]
    public async Task Removal_is_refused_while_running_asks_for_the_name_and_can_be_undone_from_the_archive()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-trung");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Trung", name, [], null));

        using (var running = await admin.PostAsync(name, "Remove", new() { ["Confirmation"] = name }))
        {
            Assert.Equal(HttpStatusCode.Conflict, running.StatusCode);
            Assert.Contains("Chỉ xóa được đơn vị đã tạm ngừng", WebUtility.HtmlDecode(await running.Content.ReadAsStringAsync()));
        }

        (await admin.PostAsync(name, "Disable")).Dispose();
        using (var wrongName = await admin.PostAsync(name, "Remove", new() { ["Confirmation"] = "gia-trung" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongName.StatusCode);
        }

        using (var removed = await admin.PostAsync(name, "Remove", new() { ["Confirmation"] = name }))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Null(host.Registry.Map.Find(name));
        Assert.False(Directory.Exists(host.DataFolder.SiteFolder(name)));
        var (_, archives) = await admin.Client.GetPageAsync("/admin/tenants/archives");
        var id = System.Text.RegularExpressions.Regex.Match(archives, $"data-archive=\"{name}\"[\\s\\S]*?handler=Restore&amp;id=(\\d+)|id=(\\d+)&amp;handler=Restore").Groups.Values.Skip(1).First(g => g.Success).Value;
        using var restored = await admin.Client.PostFormAsync("/admin/tenants/archives", $"/admin/tenants/archives?handler=Restore&id={id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(TenantState.Running, host.Registry.Map.Find(name)!.State);
        var (status, html) = await host.Browser().GetPageAsync($"/{name}/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Xã Gia Trung", html);
    }
}
