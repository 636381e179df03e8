using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests;

/// <summary>In Chromium: an author writes a news item with a captioned photo (uploaded from the picker) and submits it; an editor approves it; residents see it.</summary>
public sealed class ContentEditingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/gia-hoa/admin/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task An_author_writes_with_a_captioned_photo_an_editor_approves_and_it_is_on_the_home_page()
    {
        var authorName = await TenantServices.CreateUserAsync(fixture.Host, "gia-hoa", "Author");
        var editorName = await TenantServices.CreateUserAsync(fixture.Host, "gia-hoa", "Editor");
        const string title = "Xã Gia Hòa khánh thành nhà văn hóa thôn Lạc Khoái";

        await using (var authorContext = await fixture.NewContextAsync())
        {
            var author = await SignInAsync(authorContext, authorName, TenantServices.UserPassword);
            await author.GetByRole(AriaRole.Link, new() { Name = "Nội dung", Exact = true }).ClickAsync();
            await author.GetByRole(AriaRole.Link, new() { Name = "+ Tin tức" }).ClickAsync();
            await author.Locator("#Title").FillAsync(title);
            await author.Locator("#f-DistrictNewsPart-Lead").FillAsync("Nhà văn hóa mới là nơi sinh hoạt cộng đồng của hơn 300 hộ dân.");
            var body = author.Locator("trix-editor");
            await body.ClickAsync();
            await body.PressSequentiallyAsync("Sáng nay, thôn Lạc Khoái tổ chức lễ khánh thành nhà văn hóa.");

            // "Chèn ảnh" opens the media picker; the author uploads a new photo right there and describes it.
            var photo = Path.Combine(fixture.Host.DataPath, $"Nhà văn hóa {Guid.NewGuid():N}.jpg");
            await File.WriteAllBytesAsync(photo, TestFiles.Jpeg(1600, 1067));
            await author.Locator("trix-toolbar").GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
            var picker = author.GetByRole(AriaRole.Dialog, new() { Name = "Chèn ảnh vào nội dung" });
            await picker.GetByLabel("Hoặc tải ảnh mới lên").SetInputFilesAsync(photo);
            await picker.GetByLabel("Mô tả ảnh (cho người khiếm thị)").FillAsync("Nhà văn hóa thôn Lạc Khoái");
            await picker.GetByLabel("Chú thích ảnh").FillAsync("Toàn cảnh nhà văn hóa thôn Lạc Khoái");
            await picker.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh vào bài" }).ClickAsync();
            await Assertions.Expect(body.Locator("figure img")).ToHaveCountAsync(1);
            await Assertions.Expect(body.Locator("figure img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/gia-hoa/media/_p/article/nha-van-hoa-[0-9a-f]+\\.jpg$"));

            await author.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder(), "editor-before-submit.png"), FullPage = true });
            await author.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
            await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi duyệt.");
        }

        await using var editorContext = await fixture.NewContextAsync();
        var editor = await SignInAsync(editorContext, editorName, TenantServices.UserPassword);
        await editor.GotoAsync("/gia-hoa/admin/content?status=AwaitingReview");
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Duyệt và xuất bản" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");

        var reader = await (await fixture.NewContextAsync()).NewPageAsync();
        await reader.GotoAsync("/gia-hoa/");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.Locator("article h1")).ToHaveTextAsync(title);
        await Assertions.Expect(reader.Locator("article figure img")).ToHaveAttributeAsync("alt", "Nhà văn hóa thôn Lạc Khoái");
        await Assertions.Expect(reader.Locator("article figcaption")).ToContainTextAsync("Toàn cảnh nhà văn hóa thôn Lạc Khoái");
        await reader.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder(), "article-after-approval.png"), FullPage = true });
        fixture.AssertNoServerWarnings();
    }

    private static string ArtifactsFolder() =>
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
}
