using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A sign-in already issued ends when an administrator disables, locks or resets the user, and follows a change of
/// roles; the administrators act through the real users pages. Sessions are re-checked on every request here
/// (<c>Cms:Users:SessionValidationInterval</c> = 0), so nothing waits.
/// </summary>
public abstract partial class SessionBehaviour(CmsHost host)
{
    private const string Tenant = "gia-hoa";
    private const string BasePath = "/gia-hoa";

    [Theory]
    [InlineData("Enable", "enabled=false")]
    [InlineData("Lock", "locked=true")]
    public async Task Disabling_or_locking_a_user_ends_the_sessions_already_signed_in(string handler, string argument)
    {
        var (userName, editor) = await SignedInUserAsync("Editor");
        var admin = await EditorClient.SignInAsync(host, BasePath, CmsHost.AdminUserName, CmsHost.AdminPassword);

        using (var done = await admin.Http.PostFormAsync($"{BasePath}/admin/users", $"{BasePath}/admin/users?handler={handler}&id={await UserIdAsync(admin, userName)}&{argument}", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        await AssertSignedOutAsync(editor);
    }

    [Fact]
    public async Task A_disabled_users_api_tokens_stop_working()
    {
        var userName = await TenantServices.CreateUserAsync(host, Tenant, "Editor");
        var token = await TenantServices.RunAsync(host, Tenant, async sp =>
        {
            var user = await sp.GetRequiredService<CmsDbContext>().Users.SingleAsync(u => u.UserName == userName);
            return (await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "Kiểm thử")).Token;
        });
        var api = host.Browser();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var news = new { title = "Tin gửi qua API trước khi bị vô hiệu hóa", lead = "Tóm tắt.", bodyHtml = "<p>Nội dung.</p>", categories = new[] { "mat-tran-doan-the" } };
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{BasePath}/api/news", news)).StatusCode);

        var admin = await EditorClient.SignInAsync(host, BasePath, CmsHost.AdminUserName, CmsHost.AdminPassword);
        (await admin.Http.PostFormAsync($"{BasePath}/admin/users", $"{BasePath}/admin/users?handler=Enable&id={await UserIdAsync(admin, userName)}&enabled=false", new Dictionary<string, string>())).Dispose();

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync($"{BasePath}/api/news", news)).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_by_the_administrator_ends_the_users_sessions()
    {
        var (userName, editor) = await SignedInUserAsync("Editor");
        var admin = await EditorClient.SignInAsync(host, BasePath, CmsHost.AdminUserName, CmsHost.AdminPassword);

        using (var reset = await admin.Http.PostFormAsync($"{BasePath}/admin/users", $"{BasePath}/admin/users?handler=Reset&id={await UserIdAsync(admin, userName)}", new Dictionary<string, string>()))
        {
            Assert.Contains("set-password?token=", await reset.Content.ReadAsStringAsync());
        }

        await AssertSignedOutAsync(editor);
    }

    [Fact]
    public async Task An_editor_downgraded_to_contributor_can_no_longer_publish_in_the_same_session()
    {
        var (userName, editor) = await SignedInUserAsync("Editor");
        var draft = EditorClient.IdFrom(await editor.PostEditorAsync(null, "Save", EditorClient.News($"Bản nháp trước khi đổi vai trò {Guid.NewGuid():N}")));
        var admin = await EditorClient.SignInAsync(host, BasePath, CmsHost.AdminUserName, CmsHost.AdminPassword);

        var userPage = $"{BasePath}/admin/users/{await UserIdAsync(admin, userName)}";
        using (var saved = await admin.Http.PostFormAsync(userPage, userPage + "?handler=Roles", new Dictionary<string, string> { ["Roles"] = Roles.Contributor }))
        {
            Assert.Contains("Đã lưu vai trò.", await saved.Content.ReadAsStringAsync());
        }

        // The session goes on (a contributor may still enter the administration) with the new role's permissions only.
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync($"{BasePath}/admin")).StatusCode);
        using var publish = await editor.PostEditorAsync(draft, "Publish", EditorClient.News("Xuất bản sau khi bị hạ vai trò"));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Changing_ones_own_password_keeps_this_session_and_ends_the_others()
    {
        // A second administrator of its own, so the shared administrator's password stays as the other tests expect.
        var (userName, here) = await SignedInUserAsync(Roles.Administrator);
        var elsewhere = await EditorClient.SignInAsync(host, BasePath, userName, TenantServices.UserPassword);

        var ownPage = $"{BasePath}/admin/users/{await UserIdAsync(here, userName)}";
        using (var changed = await here.Http.PostFormAsync(ownPage, ownPage + "?handler=Password", new Dictionary<string, string> { ["Password"] = "Mat-khau-moi-cua-toi-2025" }))
        {
            Assert.Contains("Đã đặt mật khẩu mới.", await changed.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync($"{BasePath}/admin/users")).StatusCode);
        await AssertSignedOutAsync(elsewhere);
        await EditorClient.SignInAsync(host, BasePath, userName, "Mat-khau-moi-cua-toi-2025");
    }

    [Fact]
    public async Task Nothing_changed_means_the_session_goes_on()
    {
        var (_, editor) = await SignedInUserAsync("Editor");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync($"{BasePath}/admin")).StatusCode);
        }
    }

    private async Task<(string UserName, EditorClient Client)> SignedInUserAsync(string role)
    {
        var userName = await TenantServices.CreateUserAsync(host, Tenant, role);
        var client = await EditorClient.SignInAsync(host, BasePath, userName, TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"{BasePath}/admin")).StatusCode);
        return (userName, client);
    }

    private static async Task AssertSignedOutAsync(EditorClient client)
    {
        using var response = await client.Http.GetAsync($"{BasePath}/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{BasePath}/admin/login", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    private static async Task<string> UserIdAsync(EditorClient admin, string userName)
    {
        var list = await admin.Http.GetStringAsync($"{BasePath}/admin/users");
        return UserLink().Matches(list).Single(m => m.Groups[1].Value == userName).Groups[2].Value;
    }

    [GeneratedRegex("data-user=\"([^\"]+)\">\\s*<td><a href=\"[^\"]*/admin/users/(\\d+)\"")]
    private static partial Regex UserLink();
}

/// <summary>The demo host with sessions re-checked on every request.</summary>
public abstract class SessionsHost : DemoHost
{
    protected SessionsHost(DatabaseProvider provider) : base(provider) =>
        Settings = new Dictionary<string, string> { ["Cms:Users:SessionValidationInterval"] = "00:00:00" };
}

public sealed class SqliteSessionsHost() : SessionsHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlSessionsHost() : SessionsHost(DatabaseProvider.PostgreSql);

public sealed class SessionsOnSqlite(SqliteSessionsHost host) : SessionBehaviour(host), IClassFixture<SqliteSessionsHost>;

public sealed class SessionsOnPostgreSql(PostgreSqlSessionsHost host) : SessionBehaviour(host), IClassFixture<PostgreSqlSessionsHost>;
