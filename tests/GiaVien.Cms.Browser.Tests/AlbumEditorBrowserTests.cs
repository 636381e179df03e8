using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The album editor in Chromium: two photos chosen at once from the district's media library (browsed by folder and
/// found by name, thumbnails shown, pressed in turn), described, reordered with a button and with Alt+↑ (the focus
/// follows the moved photo), then published; the public album shows them in the new order with their texts. Axe
/// finds nothing on the editor and the open picker at 360, 640 and 1280 px. Without script the lines of text remain.
/// </summary>
public sealed class AlbumEditorBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    private const string NewAlbum = "/admin/content/edit?type=AlbumAnh";

    private static Task<string[]> PhotoNamesAsync(IPage page) =>
        page.EvaluateAsync<string[]>("[...document.querySelectorAll('.album-photo-name')].map(p => p.textContent)");

    [Fact]
    public async Task An_editor_picks_two_photos_from_the_library_reorders_them_and_publishes_the_album()
    {
        var page = await AdminBrowser.SignInAsync(host, "");
        await page.GotoAsync(new Uri(host.BaseAddress, NewAlbum).ToString());
        Assert.False(await page.Locator("textarea[name$='Photos']").IsVisibleAsync());
        await AdminBrowser.AssertAxeAsync(page, "album-editor-empty");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tiêu đề", Exact = true }).FillAsync("Mùa sen và ngày hội ở Gia Viễn");

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm ảnh từ thư viện" }).ClickAsync();
        var picker = page.Locator("dialog.media-picker[open]");
        // Browsing: the folder opens and its images show as thumbnails.
        await picker.GetByRole(AriaRole.Button, new() { Name = "Mở thư mục thu-vien-anh" }).ClickAsync();
        var lotus = picker.GetByRole(AriaRole.Button, new() { Name = "dam-sen-nuoi-ca.jpg" });
        await lotus.ClickAsync();
        Assert.Equal("true", await lotus.GetAttributeAsync("aria-pressed"));
        Assert.Contains("/media/_p/thumbnail/thu-vien-anh/dam-sen-nuoi-ca.jpg", await lotus.Locator("img").GetAttributeAsync("src"), StringComparison.Ordinal);
        // Searching by name keeps what was chosen in the folder.
        await picker.GetByLabel("Tìm theo tên tệp").FillAsync("ngày hội");
        var festival = picker.GetByRole(AriaRole.Button, new() { Name = "ngay-hoi-dai-doan-ket.jpg" });
        await festival.ClickAsync();
        await AdminBrowser.AssertAxeAsync(page, "album-editor-picker");
        await page.SetViewportSizeAsync(1280, 900);
        await picker.GetByRole(AriaRole.Button, new() { Name = "Thêm vào album (2)" }).ClickAsync();
        // The picker hands its choice over on the dialog's close event, a task after the click.
        await page.Locator(".album-photo-name").Nth(1).WaitForAsync();

        Assert.Equal(["Ảnh 1: thu-vien-anh/dam-sen-nuoi-ca.jpg", "Ảnh 2: thu-vien-anh/ngay-hoi-dai-doan-ket.jpg"], await PhotoNamesAsync(page));
        Assert.Equal("album-0-1-alt", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.GetByLabel("Mô tả ảnh 1 (cho người khiếm thị)").FillAsync("Đầm sen nở hoa giữa cánh đồng chiêm trũng");
        await page.GetByLabel("Chú thích ảnh 1").FillAsync("Đầm sen ở xã Gia Trung vào tháng 6.");
        await page.GetByLabel("Mô tả ảnh 2 (cho người khiếm thị)").FillAsync("Người dân kéo co trên sân nhà văn hóa");
        // The library's own caption of the image is where the album's starts.
        var libraryCaption = await page.GetByLabel("Chú thích ảnh 2").InputValueAsync();
        Assert.StartsWith("Trò chơi kéo co", libraryCaption, StringComparison.Ordinal);

        // The second photo moves up with its button, then back down and up again from the keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển ảnh 2 lên trước" }).ClickAsync();
        Assert.Equal(["Ảnh 1: thu-vien-anh/ngay-hoi-dai-doan-ket.jpg", "Ảnh 2: thu-vien-anh/dam-sen-nuoi-ca.jpg"], await PhotoNamesAsync(page));
        // At the top its "Lên" is disabled: the focus stays on the photo, on its "Xuống".
        Assert.Equal("Chuyển ảnh 1 xuống sau", await AdminBrowser.FocusedLabelAsync(page));
        await page.GetByLabel("Mô tả ảnh 1 (cho người khiếm thị)").FocusAsync();
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        Assert.Equal("album-0-2-alt", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Alt+ArrowUp");
        Assert.Equal(["Ảnh 1: thu-vien-anh/ngay-hoi-dai-doan-ket.jpg", "Ảnh 2: thu-vien-anh/dam-sen-nuoi-ca.jpg"], await PhotoNamesAsync(page));
        Assert.Contains("đến vị trí 1 trên 2", await page.Locator(".album-field [role=status]").TextContentAsync(), StringComparison.Ordinal);
        // What the form posts is the no-script format, in the new order.
        Assert.Equal($"thu-vien-anh/ngay-hoi-dai-doan-ket.jpg | Người dân kéo co trên sân nhà văn hóa | {libraryCaption}\n"
            + "thu-vien-anh/dam-sen-nuoi-ca.jpg | Đầm sen nở hoa giữa cánh đồng chiêm trũng | Đầm sen ở xã Gia Trung vào tháng 6.",
            await page.Locator("textarea[name$='Photos']").InputValueAsync());
        await AdminBrowser.AssertAxeAsync(page, "album-editor-two-photos");

        await AdminBrowser.PressAsync(page, "Xuất bản");
        var album = await host.OpenAsync("/thu-vien-anh/mua-sen-va-ngay-hoi-o-gia-vien", 1280, 900);
        Assert.Equal("Người dân kéo co trên sân nhà văn hóa", await album.Locator("#anh-1 img").GetAttributeAsync("alt"));
        Assert.Equal("Đầm sen nở hoa giữa cánh đồng chiêm trũng", await album.Locator("#anh-2 img").GetAttributeAsync("alt"));
        Assert.Contains("Đầm sen ở xã Gia Trung vào tháng 6.", await album.Locator("#anh-2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(host.ServerProblems());
    }

    [Fact]
    public async Task Without_javascript_the_album_is_typed_as_lines()
    {
        await using var context = await AdminBrowser.SignInWithoutScriptAsync(host);
        var page = context.Pages[0];
        await page.GotoAsync(new Uri(host.BaseAddress, NewAlbum).ToString());

        var lines = page.Locator("textarea[name$='Photos']");
        Assert.True(await lines.IsVisibleAsync());
        Assert.Equal("Ảnh", await page.EvaluateAsync<string>("id => document.querySelector(`label[for='${id}']`).firstChild.textContent.trim()", await lines.GetAttributeAsync("id")));
        Assert.Contains("đường dẫn trong thư viện tệp | mô tả ảnh", await page.Locator(".field:has(textarea[name$='Photos']) .hint").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".album-photos").CountAsync());
    }
}
