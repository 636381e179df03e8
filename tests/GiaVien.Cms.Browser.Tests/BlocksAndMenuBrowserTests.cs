using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The block and menu editors in Chromium, driven from the keyboard (focus and Enter, no mouse): axe finds nothing at
/// 360, 640 and 1280 px, the focus stays on the moved item's button, and the public pages follow — with the article
/// sidebar beside the article on a desktop and after it on a phone.
/// </summary>
public sealed class BlocksAndMenuBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    private Task<IPage> SignInAsync(string basePath) => AdminBrowser.SignInAsync(host, basePath);

    private static Task AssertAxeAsync(IPage page, string name) => AdminBrowser.AssertAxeAsync(page, name);

    private static Task<string> FocusedLabelAsync(IPage page) => AdminBrowser.FocusedLabelAsync(page);

    private static Task PressAsync(IPage page, string name) => AdminBrowser.PressAsync(page, name);

    private static Task EnterAsync(IPage page) => AdminBrowser.EnterAsync(page);

    private static Task WaitUntilAsync(IPage page, string condition) => AdminBrowser.WaitUntilAsync(page, condition);

    [Fact]
    public async Task The_menu_editor_moves_and_nests_items_from_the_keyboard_and_passes_axe()
    {
        var page = await SignInAsync("/gia-hoa");
        await page.GotoAsync(new Uri(host.BaseAddress, "/gia-hoa/admin/menu").ToString());
        await AssertAxeAsync(page, "admin-menu");
        await page.SetViewportSizeAsync(1280, 900);

        await PressAsync(page, "Lên “Liên hệ”");
        Assert.Equal("Lên “Liên hệ”", await FocusedLabelAsync(page));
        await EnterAsync(page);
        Assert.Equal("Lên “Liên hệ”", await FocusedLabelAsync(page));

        // Two tabs from "Lên": past "Xuống" to "Thụt vào"; the item joins the sub-menu of the one above.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Thụt vào “Liên hệ”", await FocusedLabelAsync(page));
        await EnterAsync(page);
        Assert.Equal("Thụt ra “Liên hệ”", await FocusedLabelAsync(page));
        await AssertAxeAsync(page, "admin-menu-nested");

        await PressAsync(page, "Lưu menu");
        Assert.Contains("Đã lưu menu", await page.ContentAsync(), StringComparison.Ordinal);
        var home = await host.OpenAsync("/gia-hoa/", 1280, 900);
        var parent = home.Locator(".menu > li.has-sub").Filter(new() { Has = home.Locator(".submenu a", new() { HasText = "Liên hệ" }) });
        Assert.Equal(1, await parent.CountAsync());
        Assert.Empty(host.ServerProblems());
    }

    [Fact]
    public async Task Blocks_are_arranged_from_the_keyboard_and_the_sidebar_sits_beside_the_article_on_a_desktop_only()
    {
        var page = await SignInAsync("/gia-hoa");
        await page.GotoAsync(new Uri(host.BaseAddress, "/gia-hoa/admin/blocks").ToString());
        await AssertAxeAsync(page, "admin-blocks");
        await page.SetViewportSizeAsync(1280, 900);

        await PressAsync(page, "Lên “Tin theo từng chuyên mục”");
        Assert.Equal("Lên “Tin theo từng chuyên mục”", await FocusedLabelAsync(page));

        // A "Liên kết website" block in the sidebar, chosen and filled in with the keyboard.
        await page.GetByLabel("Thêm khối vào “Cột bên trang bài viết”").SelectOptionAsync(new SelectOptionValue { Label = "Liên kết website" });
        await page.GetByLabel("Thêm khối vào “Cột bên trang bài viết”").PressAsync("Tab");
        await EnterAsync(page);
        await page.GetByLabel("Liên kết, mỗi dòng một mục").FillAsync("Cổng thông tin điện tử tỉnh Ninh Bình | https://ninhbinh.gov.vn/\nUBND huyện Gia Viễn | /");
        await AssertAxeAsync(page, "admin-blocks-edit");
        await PressAsync(page, "Lưu khối");
        Assert.Contains("Đã lưu.", await page.ContentAsync(), StringComparison.Ordinal);

        var home = await host.OpenAsync("/gia-hoa/", 1280, 900);
        var article = await home.Locator(".featured .news-title a").GetAttributeAsync("href");
        var boxes = await home.Locator(".blocks, .home-top").EvaluateAllAsync<double[]>("nodes => nodes.map(n => n.getBoundingClientRect().top)");
        Assert.True(boxes[0] < boxes[1], "the category blocks come first after the move");
        await AssertAxeAsync(home, "home-blocks");

        var reading = await host.OpenAsync(article!, 1280, 900);
        await AssertAxeAsync(reading, "article-sidebar");
        await reading.SetViewportSizeAsync(1280, 900);
        var main = await reading.Locator(".main-column").BoundingBoxAsync();
        var sidebar = await reading.Locator(".sidebar").BoundingBoxAsync();
        Assert.True(sidebar!.X > main!.X + main.Width - 1 && sidebar.Y < main.Y + 200, "beside the article on a desktop");
        Assert.Contains("Liên kết website", await reading.Locator(".sidebar").TextContentAsync() ?? "", StringComparison.Ordinal);

        await reading.SetViewportSizeAsync(360, 800);
        main = await reading.Locator(".main-column").BoundingBoxAsync();
        sidebar = await reading.Locator(".sidebar").BoundingBoxAsync();
        Assert.True(sidebar!.Y >= main!.Y + main.Height, "after the article on a phone, never above it");
        var headline = await reading.Locator(".article h1").BoundingBoxAsync();
        Assert.True(headline!.Y < 400, $"the headline starts at {headline.Y}px on a phone");
        Assert.Empty(host.ServerProblems());
    }
}
