using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// "Menu chính" (/admin/menu): the menu of older installations opens as it was, the row buttons nest and move items
/// without losing what was typed, and a saved sub-menu is what residents see.
/// </summary>
public sealed class MenuEditorTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<(string Name, EditorClient Admin)> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Tân", name, [], null));
        return (name, await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword));
    }

    private static Dictionary<string, string> Rows(string command, params (string Title, string Url, int Depth)[] rows)
    {
        var fields = new Dictionary<string, string> { ["Command"] = command };
        for (var i = 0; i < rows.Length; i++)
        {
            (fields[$"Items[{i}].Title"], fields[$"Items[{i}].Url"], fields[$"Items[{i}].Depth"]) = (rows[i].Title, rows[i].Url, rows[i].Depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return fields;
    }

    [Fact]
    public async Task A_menu_stored_in_the_old_flat_format_opens_in_the_editor_as_it_was()
    {
        var (tenant, admin) = await NewCommuneAsync();
        // What the former text box saved: a flat list of titles and paths.
        await TenantServices.RunAsync(host, tenant, async services =>
        {
            await services.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.Menu,
                """[{"Title":"Trang chủ","Url":"/"},{"Title":"Tin tức","Url":"/tin-tuc"},{"Title":"Lịch công tác","Url":"/trang/lich-cong-tac"}]""");
            await services.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });

        var editor = await admin.Http.GetStringAsync($"/{tenant}/admin/menu");
        Assert.Contains("name=\"Items[2].Title\" value=\"Lịch công tác\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"Items[2].Url\" value=\"/trang/lich-cong-tac\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"Items[2].Depth\" value=\"0\"", editor, StringComparison.Ordinal);
        var home = (await host.Browser().GetPageAsync($"/{tenant}/")).Html;
        Assert.Contains($"<a href=\"/{tenant}/trang/lich-cong-tac\">Lịch công tác</a>", home, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"submenu\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_nest_and_move_rows_keeping_what_was_typed_and_the_saved_sub_menu_is_public()
    {
        var (tenant, admin) = await NewCommuneAsync();
        await host.Browser().GetPageAsync($"/{tenant}/");

        // "Thụt vào" on row 2: it becomes a sub-menu item of "Giới thiệu"; the unsaved title typed in row 1 stays.
        using var nested = await admin.Http.PostFormAsync($"/{tenant}/admin/menu", null,
            Rows("in-2", ("Trang chủ", "/", 0), ("Giới thiệu xã", "/trang/gioi-thieu", 0), ("Lịch sử xã Gia Tân", "/trang/lich-su", 0), ("Liên hệ", "/trang/lien-he", 0)));
        Assert.Equal(HttpStatusCode.OK, nested.StatusCode);
        var form = await nested.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Items[1].Title\" value=\"Giới thiệu xã\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Items[2].Depth\" value=\"1\"", form, StringComparison.Ordinal);
        Assert.Matches("value=\"out-2\"[^>]*autofocus", form.Replace("\n", " ", StringComparison.Ordinal));

        // "Lên" on "Liên hệ" moves it above "Giới thiệu xã" together with that item's sub-menu.
        using var moved = await admin.Http.PostFormAsync($"/{tenant}/admin/menu", null,
            Rows("up-3", ("Trang chủ", "/", 0), ("Giới thiệu xã", "/trang/gioi-thieu", 0), ("Lịch sử xã Gia Tân", "/trang/lich-su", 1), ("Liên hệ", "/trang/lien-he", 0)));
        var order = await moved.Content.ReadAsStringAsync();
        Assert.True(order.IndexOf("value=\"Liên hệ\"", StringComparison.Ordinal) < order.IndexOf("value=\"Giới thiệu xã\"", StringComparison.Ordinal));
        Assert.True(order.IndexOf("value=\"Giới thiệu xã\"", StringComparison.Ordinal) < order.IndexOf("value=\"Lịch sử xã Gia Tân\"", StringComparison.Ordinal));

        using var saved = await admin.Http.PostFormAsync($"/{tenant}/admin/menu", null,
            Rows("save", ("Trang chủ", "/", 0), ("Liên hệ", "/trang/lien-he", 0), ("Giới thiệu xã", "/trang/gioi-thieu", 0), ("Lịch sử xã Gia Tân", "/trang/lich-su", 1)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = (await host.Browser().GetPageAsync($"/{tenant}/")).Html;
        Assert.Matches($"<a href=\"/{tenant}/trang/gioi-thieu\">Giới thiệu xã</a>\\s*<ul class=\"submenu\"><li><a href=\"/{tenant}/trang/lich-su\">Lịch sử xã Gia Tân</a></li></ul>", home);
        var menu = home[home.IndexOf("aria-label=\"Menu chính\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Sơ đồ trang", menu[..menu.IndexOf("</nav>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Sửa menu chính", await admin.Http.GetStringAsync($"/{tenant}/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_address_is_refused_in_vietnamese_and_the_rows_stay_as_typed()
    {
        var (tenant, admin) = await NewCommuneAsync();
        using var refused = await admin.Http.PostFormAsync($"/{tenant}/admin/menu", null,
            Rows("save", ("Trang chủ", "/", 0), ("Cổng tỉnh", "javascript:alert(1)", 0)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Mục 2: cần tiêu đề", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Items[1].Title\" value=\"Cổng tỉnh\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cổng tỉnh", (await host.Browser().GetPageAsync($"/{tenant}/")).Html, StringComparison.Ordinal);
    }
}
