using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

public sealed class SignInTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task The_admin_asks_anonymous_visitors_to_sign_in_on_their_own_tenant()
    {
        using var response = await host.Browser().GetAsync("/gia-hoa/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/gia-hoa/admin/login", response.Headers.Location!.ToString());

        var (status, html) = await host.Browser().GetPageAsync("/gia-hoa/admin/login");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tên đăng nhập", html);
        Assert.Contains("Mật khẩu", html);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_vietnamese()
    {
        var client = host.Browser();
        using var response = await client.SignInAsync("/thi-tran-me", CmsHost.AdminUserName, "sai-mat-khau-roi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/thi-tran-me/admin")).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_rejected()
    {
        using var response = await host.Browser().PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = CmsHost.AdminUserName,
            ["Password"] = CmsHost.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Cookies_are_named_and_scoped_per_tenant()
    {
        using var response = await host.Browser().SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".gv.auth", StringComparison.Ordinal));
        Assert.StartsWith(".gv.auth.gia-hoa=", cookie);
        Assert.Contains("path=/gia-hoa", cookie);
        Assert.Contains("httponly", cookie);
    }

    [Fact]
    public async Task A_sign_in_on_the_district_does_not_open_a_tenants_admin()
    {
        var client = host.Browser();
        using var _ = await client.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/gia-hoa/admin")).StatusCode);
    }

    [Fact]
    public async Task A_districts_cookie_copied_by_hand_under_a_tenants_name_is_rejected()
    {
        using var signIn = await host.Browser().SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var value = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".gv.auth.default=", StringComparison.Ordinal)).Split(';')[0][".gv.auth.default=".Length..];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/gia-hoa/admin");
        request.Headers.Add("Cookie", $".gv.auth.gia-hoa={value}");
        using var response = await host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/gia-hoa/admin/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Registry.Map.Find("gia-hoa")!);
        await using var db = shell.CreateDbContext();
        var admin = await db.Users.SingleAsync(u => u.NormalizedUserName == "ADMIN");
        Assert.DoesNotContain(CmsHost.AdminPassword, admin.PasswordHash);
        Assert.StartsWith("AQAAAA", admin.PasswordHash);
    }
}
