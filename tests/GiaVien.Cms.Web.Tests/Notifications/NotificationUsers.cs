using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Notifications;

/// <summary>A signed-in user of one tenant with an e-mail address, and what their admin shows of notifications.</summary>
public sealed partial class NotificationUser(EditorClient client, string userName, string email)
{
    public EditorClient Client => client;

    public string UserName => userName;

    public string Email => email;

    public string BasePath => client.BasePath;

    public static async Task<NotificationUser> CreateAsync(CmsHost host, string tenant, string role)
    {
        string AddressOf(string name) => $"{name}@{tenant}.example.vn";
        var userName = await TenantServices.CreateUserAsync(host, tenant, role, AddressOf);
        return new NotificationUser(await EditorClient.SignInAsync(host, "/" + tenant, userName, TenantServices.UserPassword), userName, AddressOf(userName));
    }

    /// <summary>Ticks "Nhận thông báo qua e-mail" on the user's own account page.</summary>
    public async Task OptInToMailAsync()
    {
        var page = BasePath + "/admin/tai-khoan";
        using var saved = await client.Http.PostFormAsync(page, null, [new("NotifyByEmail", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("checked", Checkbox().Match((await client.Http.GetPageAsync(page)).Html).Value);
    }

    /// <summary>The unread count the admin header shows (on the dashboard, as on every admin page).</summary>
    public async Task<int> UnreadAsync()
    {
        var (status, html) = await client.Http.GetPageAsync(BasePath + "/admin");
        Assert.Equal(HttpStatusCode.OK, status);
        return int.Parse(Bell().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public async Task<string> NotificationsPageAsync()
    {
        var (status, html) = await client.Http.GetPageAsync(BasePath + "/admin/thong-bao-cua-toi");
        Assert.Equal(HttpStatusCode.OK, status);
        return WebUtility.HtmlDecode(html);
    }

    public async Task MarkAllReadAsync()
    {
        var page = BasePath + "/admin/thong-bao-cua-toi";
        using var response = await client.Http.PostFormAsync(page, page + "?handler=MarkAllRead", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Marks read the first unread notification of the page ("Đánh dấu đã đọc").</summary>
    public async Task MarkFirstReadAsync()
    {
        var page = BasePath + "/admin/thong-bao-cua-toi";
        var batch = BatchField().Match(await NotificationsPageAsync()).Groups[1].Value;
        using var response = await client.Http.PostFormAsync(page, page + "?handler=MarkRead", [new("batch", batch)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("class=\"bell\"[^>]*data-unread=\"(\\d+)\"")]
    private static partial Regex Bell();

    [GeneratedRegex("<input type=\"checkbox\" id=\"NotifyByEmail\"[^>]*>")]
    private static partial Regex Checkbox();

    [GeneratedRegex("name=\"batch\" value=\"([^\"]+)\"")]
    private static partial Regex BatchField();
}
