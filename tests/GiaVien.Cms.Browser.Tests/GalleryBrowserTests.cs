using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The demo district's album in Chromium, from the keyboard: a photo opens the full-screen viewer (a modal dialog that
/// keeps the focus, with its caption), the arrow keys and buttons move between photos, Escape closes it and gives the
/// focus back to the photo it was opened from; axe finds nothing with the viewer open; without JavaScript a photo is a
/// link to its full image.
/// </summary>
public sealed class GalleryBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    private const string Album = "/thu-vien-anh/gia-vien-nam-2024-qua-anh";

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("(document.activeElement.closest('li[id]') || document.activeElement).id || document.activeElement.textContent.trim()");

    /// <summary>Waits for the viewer's photo to load (the rendition may be made on this request) and returns its shown width.</summary>
    private static async Task<double> ShownPhotoWidthAsync(IPage page)
    {
        for (var i = 0; i < 200 && !await page.EvaluateAsync<bool>("document.querySelector('dialog.viewer img').complete"); i++)
        {
            await Task.Delay(50);
        }

        return await page.EvaluateAsync<double>("document.querySelector('dialog.viewer img').getBoundingClientRect().width");
    }

    private static Task<bool> ViewerOpenAsync(IPage page) => page.EvaluateAsync<bool>("!!document.querySelector('dialog.viewer[open]')");

    [Fact]
    public async Task The_viewer_opens_from_the_keyboard_moves_with_the_arrows_and_escape_returns_the_focus()
    {
        var page = await host.OpenAsync(Album, 1280, 900);
        var second = page.Locator("#anh-2 a");
        await second.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await ViewerOpenAsync(page));
        Assert.Equal("Ảnh 2/4", await page.Locator(".viewer-counter").TextContentAsync());
        Assert.StartsWith("Tháng 6:", await page.Locator(".viewer figcaption").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Cán bộ Bộ phận Một cửa ngồi cạnh một người dân trước màn hình máy tính", await page.Locator(".viewer img").GetAttributeAsync("alt"));
        Assert.Equal("Đóng", await FocusedAsync(page));
        Assert.True(await ShownPhotoWidthAsync(page) > 600);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath("album-viewer-desktop") });

        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Ảnh 3/4", await page.Locator(".viewer-counter").TextContentAsync());
        Assert.Contains("/media/_p/article/thu-vien-anh/dam-sen-nuoi-ca.jpg", await page.Locator(".viewer img").GetAttributeAsync("src"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("Ảnh 1/4", await page.Locator(".viewer-counter").TextContentAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Ảnh trước" }).PressAsync("Enter");
        Assert.Equal("Ảnh 4/4", await page.Locator(".viewer-counter").TextContentAsync());

        // The focus stays in the dialog however far one tabs (the page behind it is inert).
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("!!document.activeElement.closest('dialog.viewer') || document.activeElement === document.body"));
        }

        await AxeScan.AssertNoViolationsAsync(page, "viewer");

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await ViewerOpenAsync(page));
        Assert.Equal("anh-2", await FocusedAsync(page));
        Assert.Empty(host.ServerProblems());
    }

    [Fact]
    public async Task The_viewer_fits_a_phone_and_its_buttons_are_reachable()
    {
        var page = await host.OpenAsync(Album, 360, 800);
        await page.Locator("#anh-1 a").ClickAsync();
        Assert.True(await ViewerOpenAsync(page));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Ảnh sau" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Đóng" }).IsVisibleAsync());
        Assert.InRange(await ShownPhotoWidthAsync(page), 300, 360);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath("album-viewer-phone") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đóng" }).ClickAsync();
        Assert.False(await ViewerOpenAsync(page));
    }

    [Fact]
    public async Task Without_javascript_a_photo_opens_its_full_image()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, Album).ToString());
        // The page as the browser holds it, for the W3C Nu checker (vnu) run by hand.
        await File.WriteAllTextAsync(Path.ChangeExtension(SiteHost.ScreenshotPath("album-nojs"), ".html"), await page.ContentAsync());

        await page.Locator("#anh-3 a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/media/_p/full/", StringComparison.Ordinal));
        Assert.EndsWith("/media/_p/full/thu-vien-anh/dam-sen-nuoi-ca.jpg", page.Url, StringComparison.Ordinal);
    }
}
