using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>What the admin's browser tests share: signing in, axe at three widths, keyboard presses and polling under the admin's CSP.</summary>
public static class AdminBrowser
{
    public static readonly (int Width, int Height)[] Widths = [(360, 800), (640, 800), (1280, 900)];

    public static async Task<IPage> SignInAsync(SiteHost host, string basePath)
    {
        var page = await host.OpenAsync(basePath + "/admin/login", 1280, 900);
        await SignInOnAsync(page);
        return page;
    }

    /// <summary>A signed-in browser context with JavaScript off, for the editors' no-script paths; its one page is on the admin.</summary>
    public static async Task<IBrowserContext> SignInWithoutScriptAsync(SiteHost host)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/admin/login").ToString());
        await SignInOnAsync(page);
        return context;
    }

    private static async Task SignInOnAsync(IPage page)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync("Mat-khau-trinh-duyet-2024");
        await page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    public static async Task AssertAxeAsync(IPage page, string name)
    {
        // The page as the browser holds it, beside the screenshots, for the W3C Nu checker (vnu) run by hand.
        await File.WriteAllTextAsync(Path.ChangeExtension(SiteHost.ScreenshotPath(name), ".html"), await page.ContentAsync());
        foreach (var (width, height) in Widths)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath($"{name}-{width}"), FullPage = true });
            await AxeScan.AssertNoViolationsAsync(page, $"{name} at {width}px");
        }
    }

    /// <summary>
    /// The accessible name of what has the focus. After a page load Chromium applies <c>autofocus</c> at its next
    /// rendering, which on a busy machine can come after the load event: the focus is read once it has left the body.
    /// </summary>
    public static async Task<string> FocusedLabelAsync(IPage page)
    {
        await WaitUntilAsync(page, "document.activeElement !== null && document.activeElement !== document.body");
        return await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label') || document.activeElement.textContent.trim()");
    }

    /// <summary>Focuses a button by its accessible name and presses Enter, as a keyboard user does; waits for the page the form returns.</summary>
    public static async Task PressAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First.FocusAsync();
        await EnterAsync(page);
    }

    /// <summary>Presses Enter on what has the focus and waits for the next page: the marker set here is gone once it has loaded.</summary>
    public static async Task EnterAsync(IPage page)
    {
        await page.EvaluateAsync("window.__beforeSubmit = true");
        await page.Keyboard.PressAsync("Enter");
        await WaitUntilAsync(page, "!window.__beforeSubmit && document.readyState === 'complete'");
    }

    /// <summary>
    /// Polls a condition in the page. Playwright's WaitForFunction builds its predicate with eval, which the admin's
    /// Content-Security-Policy rightly forbids; an evaluation by the browser's tooling is not the page's script.
    /// </summary>
    public static async Task WaitUntilAsync(IPage page, string condition)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if (await page.EvaluateAsync<bool>(condition))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // The old document went away during the evaluation: the next one is loading.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The page never met: {condition}");
    }
}
