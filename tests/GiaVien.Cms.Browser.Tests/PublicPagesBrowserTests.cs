using Deque.AxeCore.Playwright;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// Every page type in Debian Chromium at phone and desktop widths: screenshot kept in artifacts/screenshots, axe-core
/// WCAG scan with no violation, no sideways scrolling; keyboard menu, reading tools, print stylesheet. A test fails when
/// the server logged a warning or an error.
/// </summary>
public sealed class PublicPagesBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "home", "/" },
        { "commune-home", "/gia-hoa/" },
        { "category", "/chuyen-muc/kinh-te" },
        { "all-news", "/tin-tuc" },
        { "article", "/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024" },
        { "page", "/trang/gioi-thieu" },
        { "sitemap", "/so-do-trang" },
        { "not-found", "/khong-co-trang-nay" },
        { "search", "/tim-kiem?q=gia+vien&scope=district&sort=newest" },
        { "documents", "/van-ban" },
        { "document", "/van-ban/quyet-dinh-125-qd-ubnd-phe-duyet-ke-hoach-nao-vet-kenh-muong-noi-dong-vu-xuan" },
        { "organisation", "/gioi-thieu" },
        { "organisation-chart", "/gioi-thieu/co-cau-to-chuc" },
        { "organisation-contacts", "/gioi-thieu/lien-he" },
        { "organisation-en", "/en/about" },
        { "organisation-chart-en", "/en/about/organisation" },
        { "organisation-contacts-en", "/en/about/contacts" },
        { "unit-en", "/en/units/home-affairs" },
        { "article-en", "/en/news/district-reviews-2023-and-sets-2024-tasks" },
        { "page-en", "/en/contact" },
        { "search-en", "/en/search?q=reviewing+tasks" },
        { "procedures", "/thu-tuc-hanh-chinh" },
        { "commune-procedures-by-sector", "/gia-hoa/thu-tuc-hanh-chinh?Sector=H%E1%BB%99+t%E1%BB%8Bch" },
        { "procedure", "/gia-hoa/thu-tuc-hanh-chinh/dang-ky-khai-sinh" },
        { "disclosures-by-year", "/cong-khai?Year=2024" },
        { "disclosure", "/cong-khai/cong-khai-du-toan-ngan-sach-huyen-gia-vien-nam-2025" },
        { "albums", "/thu-vien-anh" },
        { "album", "/thu-vien-anh/gia-vien-nam-2024-qua-anh" },
        { "videos", "/video" },
        { "video", "/video/phong-su-trong-sen-ket-hop-nuoi-ca-tren-ruong-trung" },
        { "schedule-week", "/lich-cong-tac" },
        { "questions", "/hoi-dap" },
        { "question-form", "/hoi-dap/gui-cau-hoi" },
        { "question-sent", "/hoi-dap/gui-cau-hoi?da-gui=1" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_type_passes_axe_and_fits_a_phone_and_a_desktop(string name, string path)
    {
        // One load, then the viewport resized: the public pages are laid out by CSS media queries alone (no script reads
        // the width, no transition or animation), so at each width the page is what a fresh load at that width shows.
        // Checked for every page type and width in round 18 (docs/benchmarks.md): the same DOM and screenshot either way,
        // but for what differs between any two loads (the question form's challenge, a photo still loading).
        var page = await host.OpenAsync(path, 360, 800);
        foreach (var (width, height, label) in new[] { (360, 800, "phone"), (1280, 900, "desktop"), (640, 800, "zoom200") })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath($"{name}-{label}"), FullPage = true });
            await AxeScan.AssertNoViolationsAsync(page, $"{name} at {width}px");
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at {width}px");
        }

        await page.CloseAsync();
        Assert.Empty(host.ServerProblems());
    }

    [Fact]
    public async Task The_axe_scan_reports_the_violations_that_deques_full_run_reports()
    {
        // The page tests' cheaper scan (AxeScan) against Deque's RunAxe, on a page made to break several rules.
        var page = await host.Browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html><head><title>Trang lỗi</title></head><body><main>
            <img src="/a.png"><img src="/b.png"><p style="color:#bbb;background:#fff">Chữ quá nhạt</p><button></button><a href="/x"></a>
            </main></body></html>
            """);

        var deque = (await page.RunAxe()).Violations.Select(v => $"{v.Id} {v.Nodes.Length}").Order().ToList();
        var scan = (await AxeScan.ViolationsAsync(page)).Select(v => $"{v.Id} {v.Targets.Count}").Order().ToList();

        Assert.Equal(deque, scan);
        Assert.Contains("image-alt 2", scan);
        Assert.Contains("color-contrast 1", scan);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_menu_and_its_categories_are_reached_with_the_keyboard_alone()
    {
        var page = await host.OpenAsync("/", 1280, 900);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Bỏ qua, đến nội dung chính", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        string? focused = null;
        for (var i = 0; i < 30 && focused != "Tin tức"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        }

        Assert.Equal("Tin tức", focused);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Tin tức - Sự kiện", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        Assert.True(await page.Locator(".submenu").First.IsVisibleAsync());
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.Empty(host.ServerProblems());
    }

    [Fact]
    public async Task Text_size_and_contrast_are_remembered_after_a_reload()
    {
        var page = await host.OpenAsync("/", 1280, 900);
        var before = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.documentElement).fontSize)");
        await page.GetByRole(AriaRole.Button, new() { Name = "tăng cỡ chữ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Độ tương phản cao" }).ClickAsync();
        await page.ReloadAsync();

        Assert.True(await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.documentElement).fontSize)") > before);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.classList.contains('contrast')"));
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Độ tương phản cao" }).GetAttributeAsync("aria-pressed"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath("home-contrast-large-text") });
        await AxeScan.AssertNoViolationsAsync(page, "home with high contrast and large text");

        await page.GetByRole(AriaRole.Button, new() { Name = "cỡ chữ mặc định" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Độ tương phản cao" }).ClickAsync();
        Assert.Equal(before, await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.documentElement).fontSize)"));
    }

    [Fact]
    public async Task The_print_stylesheet_keeps_the_article_and_drops_the_navigation()
    {
        var page = await host.OpenAsync("/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024", 1280, 900);
        Assert.True(await page.Locator("[data-print]").IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });

        Assert.False(await page.Locator(".main-menu").IsVisibleAsync());
        Assert.False(await page.Locator(".article-actions").IsVisibleAsync());
        Assert.True(await page.Locator(".article-body").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = SiteHost.ScreenshotPath("article-print"), FullPage = true });
    }
}
