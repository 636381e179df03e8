using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>Signing in to a tenant's admin as the demo administrator, and checking an admin page with axe.</summary>
public static class AdminPages
{
    private static readonly (int Width, int Height)[] Widths = [(360, 800), (640, 800), (1280, 900)];

    public static async Task<IPage> SignInAsync(SiteHost host, string basePath)
    {
        var page = await host.OpenAsync(basePath + "/admin/login", 1280, 900);
        await page.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync("Mat-khau-trinh-duyet-2024");
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>No axe violation at 360, 640 and 1280 px; the page is kept beside the screenshots for the W3C Nu checker (vnu) run by hand.</summary>
    public static async Task AssertAxeAsync(IPage page, string name)
    {
        await File.WriteAllTextAsync(Path.ChangeExtension(SiteHost.ScreenshotPath(name), ".html"), await page.ContentAsync());
        foreach (var (width, height) in Widths)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath($"{name}-{width}"), FullPage = true });
            var axe = await page.RunAxe();
            Assert.True(axe.Violations.Length == 0, $"{name} at {width}px: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length})")));
        }
    }
}
