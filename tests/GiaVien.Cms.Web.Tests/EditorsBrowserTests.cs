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

    [Fact]
    public async Task Word_pasted_into_the_editor_reaches_the_public_page_as_clean_markup()
    {
        var page = await SignInAsync("/gia-hoa");
        await page.GotoAsync("/gia-hoa/admin/content/edit?type=DistrictNews");
        var title = "Báo cáo vụ chiêm xuân dán từ Word " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#Title").FillAsync(title);
        await page.Locator("#f-DistrictNewsPart-Lead").FillAsync("Kết quả thu hoạch của các thôn trong xã.");
        var body = page.Locator("trix-editor");
        await body.ClickAsync();
        // What a paste from Word delivers: the clipboard's HTML, with the event the browser fires.
        await body.EvaluateAsync(
            """
            (editor, html) => {
              const data = new DataTransfer();
              data.setData("text/html", html);
              data.setData("text/plain", "Kết quả thu hoạch vụ chiêm xuân");
              editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, GiaVien.Cms.Tests.Paste.WordFragments.Report);
        await Assertions.Expect(body.Locator("table")).ToHaveCountAsync(1);
        await Assertions.Expect(body.Locator("li")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");

        var reader = await (await fixture.NewContextAsync()).NewPageAsync();
        await reader.GotoAsync("/gia-hoa/");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        var article = await reader.Locator("article.article").InnerHTMLAsync();
        Assert.Contains("<ol><li>Thôn Đông: 64 tạ/ha</li><li>Thôn Đoài: 60 tạ/ha</li></ol>", article);
        Assert.Contains("<ul><li>Làm đất vụ mùa</li></ul>", article);
        Assert.Contains("<strong>năng suất lúa</strong>", article);
        Assert.Contains("<em>62 tạ/ha</em>", article);
        Assert.Contains("Kết quả thu hoạch vụ chiêm xuân</h", article);
        Assert.Matches("<table>\\s*<tbody>\\s*<tr>\\s*<td><p><b>Thôn</b></p></td>", article);
        foreach (var word in new[] { "mso-", "Mso", "o:p", "<font", "supportLists", "data-trix", "attachment--content", "width=\"200\"" })
        {
            Assert.DoesNotContain(word, article, StringComparison.Ordinal);
        }

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
