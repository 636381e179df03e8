using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The layout's &lt;head&gt; is written from markup kept beside the page's shared metadata instance (the theme's
/// <c>kept_head</c>, <see cref="SharedPageMetadata"/>): every page is byte for byte its golden file whether its head is
/// made or written again, a head runs once per page instance and sees nothing of the page but its metadata, the site and
/// the words, and a page's metadata is shared only with a page of the same values. That a settings edit shows in the head
/// at once is held through the real site by <see cref="KeptLayoutOnSqlite"/>.
/// </summary>
public sealed class KeptPageHeadTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-head-").FullName;

    [Theory]
    [MemberData(nameof(ThemeGoldenTests.Views), MemberType = typeof(ThemeGoldenTests))]
    public async Task A_page_whose_head_is_kept_is_its_golden_file_when_the_head_is_made_and_when_it_is_written_again(string name)
    {
        var golden = await File.ReadAllTextAsync(Path.Combine(ThemeGoldenTests.Goldens, name + ".html"));
        // A fresh shared site per case: the first render makes the head, the second writes it.
        var shared = ThemeGoldenTests.Site with { };

        Assert.Equal(golden, await ThemeGoldenTests.RenderAsync(name, shared, page => SharedPageMetadata.For(shared, page)));
        Assert.Equal(golden, await ThemeGoldenTests.RenderAsync(name, shared, page => SharedPageMetadata.For(shared, page)));
    }

    [Fact]
    public async Task A_kept_head_is_rendered_once_per_page_instance_and_sees_nothing_of_the_page_but_its_metadata()
    {
        var views = Directory.CreateDirectory(Path.Combine(_themes, "Test", "Views")).FullName;
        await File.WriteAllTextAsync(Path.Combine(views, "Layout.liquid"),
            "{% kept_head %}[{{ page.title }}|{{ site.title }}|{{ body }}|{{ menu_current_path }}]{% endkept_head %}{{ body | raw }}");
        await File.WriteAllTextAsync(Path.Combine(views, "Body.liquid"), "thân");
        var renderer = new ThemeRenderer(Options.Create(new ThemesOptions { Path = _themes, Theme = "Test" }), new OverrideOutputGuard(), NullLogger<ThemeRenderer>.Instance);
        var site = new KeptPartialsTests.CountedItem("Xã Gia Hòa");
        var kept = new KeptPartialsTests.CountedItem("Tin tức");
        var other = new KeptPartialsTests.CountedItem("Giới thiệu");
        var plain = new KeptPartialsTests.CountedItem("Liên hệ");

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("[Tin tức|Xã Gia Hòa||]thân", await renderer.RenderPageAsync("Body", new { }, new Layout(site, site, kept, kept, "/tin-tuc")));
            Assert.Equal("[Giới thiệu|Xã Gia Hòa||]thân", await renderer.RenderPageAsync("Body", new { }, new Layout(site, site, other, other, null)));
            Assert.Equal("[Liên hệ|Xã Gia Hòa||]thân", await renderer.RenderPageAsync("Body", new { }, new Layout(site, site, plain, null, null)));
        }

        Assert.Equal(1, kept.Reads);
        Assert.Equal(1, other.Reads);
        Assert.Equal(2, plain.Reads);
    }

    [Fact]
    public void A_pages_metadata_is_shared_with_a_page_of_the_same_values_only()
    {
        var site = ThemeGoldenTests.Site with { };
        var page = ThemeGoldenTests.Page("Gia Hòa nâng cao thu nhập") with
        {
            Alternates = [new AlternateViewModel("vi", "Tiếng Việt", "https://giavien.example/gia-hoa/a", "/gia-hoa/a")],
            Scripts = ["/gia-hoa/theme/gallery.js?v=1"],
        };
        var shared = SharedPageMetadata.For(site, page);

        // Built again for the next request: equal values in new lists.
        Assert.Same(shared, SharedPageMetadata.For(site, page with { Alternates = [.. page.Alternates], Scripts = [.. page.Scripts] }));
        Assert.NotSame(shared, SharedPageMetadata.For(site, page with { Title = "Gia Hòa nâng cao thu nhập cho nông dân" }));
        Assert.NotSame(shared, SharedPageMetadata.For(site, page with { Description = "Mô tả mới" }));
        Assert.NotSame(shared, SharedPageMetadata.For(site, page with { Alternates = [.. page.Alternates, new AlternateViewModel("en", "English", "https://giavien.example/gia-hoa/en/a", "/gia-hoa/en/a")] }));
        Assert.NotSame(shared, SharedPageMetadata.For(site, page with { ImageUrl = "https://giavien.example/gia-hoa/media/_p/og/b.jpg" }));
        // Another site instance (a settings change, another address) keeps its own: it is answered with what it brought.
        var again = page with { };
        Assert.Same(again, SharedPageMetadata.For(site with { }, again));
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    public sealed record Layout(KeptPartialsTests.CountedItem Site, object? KeptSite, KeptPartialsTests.CountedItem Page, object? KeptPage, string? MenuCurrentPath) : IKeptLayoutModel;
}
