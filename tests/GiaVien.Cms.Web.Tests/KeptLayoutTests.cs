using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using GiaVien.Cms.Web.Site;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The layout's header and footer are written from markup kept beside the tenant's shared site instance (the theme's
/// <c>kept_layout</c>, <see cref="SharedSiteModels"/>): every page is byte for byte its golden file whether its parts are
/// made or written again, the current menu item is marked on its own page only, a part runs once per site and current
/// item, and nothing of the page is in scope inside it. That an edit shows at once and that tenants never share a part is
/// held through the real site by <see cref="KeptLayoutOnSqlite"/>.
/// </summary>
public sealed class KeptLayoutTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-layout-").FullName;

    [Theory]
    [MemberData(nameof(ThemeGoldenTests.Views), MemberType = typeof(ThemeGoldenTests))]
    public async Task A_page_whose_layout_is_kept_is_its_golden_file_when_the_parts_are_made_and_when_they_are_written_again(string name)
    {
        var golden = await File.ReadAllTextAsync(Path.Combine(ThemeGoldenTests.Goldens, name + ".html"));
        // A fresh shared instance per case: the first render makes the parts, the second writes them.
        var shared = ThemeGoldenTests.Site with { };

        Assert.Equal(golden, await ThemeGoldenTests.RenderAsync(name, shared));
        Assert.Equal(golden, await ThemeGoldenTests.RenderAsync(name, shared));
    }

    [Fact]
    public async Task The_current_menu_item_is_marked_on_its_own_page_only_when_the_menu_is_kept()
    {
        var shared = ThemeGoldenTests.Site with { };
        const string News = "<a href=\"/gia-hoa/tin-tuc\" aria-current=\"page\">Tin tức</a>";
        const string Economy = "<a href=\"/gia-hoa/chuyen-muc/kinh-te\" aria-current=\"page\">Kinh tế</a>";

        for (var render = 0; render < 2; render++)
        {
            var news = await RenderPageAtAsync("/gia-hoa/tin-tuc", shared);
            Assert.Equal(await RenderPageAtAsync("/gia-hoa/tin-tuc", keptSite: null), news);
            Assert.Contains(News, news, StringComparison.Ordinal);
            Assert.DoesNotContain(Economy, news, StringComparison.Ordinal);

            var economy = await RenderPageAtAsync("/gia-hoa/chuyen-muc/kinh-te", shared);
            Assert.Contains(Economy, economy, StringComparison.Ordinal);
            Assert.DoesNotContain(News, economy, StringComparison.Ordinal);

            Assert.DoesNotContain("aria-current", MainMenu(await RenderPageAtAsync("/gia-hoa/tin-tuc/ra-quan", shared)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_kept_part_is_rendered_once_per_site_and_current_item_and_sees_nothing_of_the_page()
    {
        var views = Directory.CreateDirectory(Path.Combine(_themes, "Test", "Views")).FullName;
        await File.WriteAllTextAsync(Path.Combine(views, "Layout.liquid"),
            "{% kept_layout %}[{{ site.title }}|{{ page.title }}|{{ body }}|{{ menu_current_path }}]{% endkept_layout %}{{ page.title }}:{{ body | raw }}");
        await File.WriteAllTextAsync(Path.Combine(views, "Body.liquid"), "thân");
        var renderer = new ThemeRenderer(Options.Create(new ThemesOptions { Path = _themes, Theme = "Test" }), new OverrideOutputGuard(), NullLogger<ThemeRenderer>.Instance);
        var kept = new KeptPartialsTests.CountedItem("Xã Gia Hòa");
        var plain = new KeptPartialsTests.CountedItem("Xã Gia Thanh");

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("[Xã Gia Hòa|||]Tin tức:thân", await renderer.RenderPageAsync("Body", new { }, new Layout(kept, kept, "Tin tức", null)));
            Assert.Equal("[Xã Gia Hòa|||/tin-tuc]Trang chủ:thân", await renderer.RenderPageAsync("Body", new { }, new Layout(kept, kept, "Trang chủ", "/tin-tuc")));
            Assert.Equal("[Xã Gia Thanh|||]Tin tức:thân", await renderer.RenderPageAsync("Body", new { }, new Layout(plain, null, "Tin tức", null)));
        }

        Assert.Equal(2, kept.Reads);
        Assert.Equal(2, plain.Reads);
    }

    private static async Task<string> RenderPageAtAsync(string path, object? keptSite)
    {
        var page = ThemeGoldenTests.Page("Tin tức") with { CurrentPath = path };
        var layout = new LayoutViewModel(ThemeGoldenTests.Site, page) { KeptSite = keptSite };
        return await ThemeGoldenTests.Renderer.RenderPageAsync("Page", new PageViewModel(ThemeGoldenTests.Site, "Tin tức", "<p>Nội dung.</p>"), layout);
    }

    /// <summary>The main menu's markup of a page.</summary>
    internal static string MainMenu(string html)
    {
        var menu = html[html.IndexOf("aria-label=\"Menu chính\"", StringComparison.Ordinal)..];
        return menu[..menu.IndexOf("</nav>", StringComparison.Ordinal)];
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    public sealed record Layout(KeptPartialsTests.CountedItem Site, object? KeptSite, string Title, string? MenuCurrentPath) : IKeptLayoutModel
    {
        public object Page => new { Title };
    }
}
