using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site.Blocks;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An article's sidebar blocks are written from the markup kept beside the tenant's shared block instances
/// (<see cref="SharedBlockModels"/>, the theme's <c>{% kept_include 'Partials/Block' %}</c> in its <c>Article</c> view),
/// as the home page's are: the theme's article view renders a kept block's partial once, and the article page is byte for
/// byte its golden file whether its blocks are kept or not. That a publish or a block's edit shows at once, and that each
/// article's "Tin mới" leaves it out, is held through the real site by <see cref="KeptSidebarOnSqlite"/>.
/// </summary>
public sealed class KeptSidebarTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-sidebar-").FullName;

    [Fact]
    public async Task The_themes_article_view_renders_a_kept_sidebar_block_once()
    {
        var article = await File.ReadAllTextAsync(Path.Combine(new ThemesOptions().ThemeFolder, "Views", "Article.liquid"));
        var renderer = await KeptPartialsTests.ThemeAsync(_themes,
            ("Article", article),
            ("Partials/ArticleText", ""),
            ("Partials/Block", "[{{ block.title }}]"));
        var kept = new KeptPartialsTests.CountedItem("Tin mới");
        KeptFragments.Keep(kept);
        var model = new ArticleModel(new KeptBlocksTests.SiteModel("/gia-hoa", "Xã Gia Hòa"), [], [kept]);

        for (var render = 0; render < 2; render++)
        {
            Assert.Contains("<div class=\"sidebar\">\n[Tin mới]\n</div>", await renderer.RenderAsync("Article", model), StringComparison.Ordinal);
        }

        Assert.Equal(1, kept.Reads);
    }

    [Fact]
    public async Task An_article_page_whose_sidebar_blocks_are_kept_is_its_golden_file_when_they_are_made_and_when_they_are_written_again()
    {
        KeptFragments.Keep(ThemeGoldenTests.News1);
        foreach (var block in ThemeGoldenTests.ArticleSidebar)
        {
            KeptFragments.Keep(block);
        }

        await KeptPartialsTests.AssertGoldenWhenMadeAndWrittenAgainAsync("ArticleWithSidebar");
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    public sealed record ArticleModel(KeptBlocksTests.SiteModel Site, IReadOnlyList<object> Others, IReadOnlyList<KeptPartialsTests.CountedItem> Sidebar);
}
