using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests;

/// <summary>What editors and administrators meet in Chromium: the editor's toolbar, and forms before and after a submit.</summary>
public sealed class EditorsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignInAsync(string basePath = "")
    {
        var page = await (await fixture.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(basePath + "/admin/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(CmsHost.AdminUserName);
        await page.GetByLabel("Mật khẩu").FillAsync(CmsHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task The_editor_toolbar_speaks_vietnamese_and_has_no_paperclip()
    {
        var page = await SignInAsync("/gia-hoa");
        await page.GotoAsync("/gia-hoa/admin/content/edit?type=DistrictNews");
        var toolbar = page.Locator("trix-toolbar");

        await Assertions.Expect(toolbar.Locator("button[title='In đậm']")).ToHaveCountAsync(1);
        await Assertions.Expect(toolbar.Locator("button[title='Danh sách đánh số']")).ToHaveCountAsync(1);
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" })).ToBeVisibleAsync();
        Assert.Equal(0, await toolbar.Locator("[data-trix-action=attachFiles]").CountAsync());
        var english = new[] { "Bold", "Italic", "Attach Files", "Link", "Heading", "Quote", "Undo", "Redo", "Bullets", "Numbers" };
        var titles = await toolbar.Locator("[title]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.title)");
        Assert.Empty(titles.Intersect(english));
        fixture.AssertNoServerWarnings();
    }

    [Theory]
    [InlineData("/admin/users/create", "Thêm")]
    [InlineData("/admin/tenants/create", "Tạo đơn vị")]
    public async Task A_form_shows_no_error_before_it_is_submitted(string url, string submit)
    {
        var page = await SignInAsync();
        await page.GotoAsync(url);

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true })).ToBeVisibleAsync();
        foreach (var error in await page.Locator(".error, .field-error").AllAsync())
        {
            await Assertions.Expect(error).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task A_refused_user_form_shows_its_error()
    {
        var page = await SignInAsync();
        await page.GotoAsync("/admin/users/create");
        await page.GetByLabel("Tên đăng nhập").FillAsync(CmsHost.AdminUserName);
        await page.GetByLabel("Mật khẩu").FillAsync("Mat-khau-moi-2024!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".error[role=alert]")).ToBeVisibleAsync();
    }
}
