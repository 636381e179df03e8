using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site.Blocks;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A home page's block is written from the markup kept beside its shared instance (<see cref="SharedBlockModels"/>, the
/// theme's <c>{% kept_include 'Partials/Block' %}</c>): the partial runs once per block and inputs, sees of the site
/// nothing but its base path, and the home pages are byte for byte their golden files whether their blocks are kept or
/// not. That a publish or a block's edit shows at once through the real site is held by <see cref="KeptBlocksOnSqlite"/>.
/// </summary>
public sealed class KeptBlocksTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-blocks-").FullName;

    [Fact]
    public async Task A_kept_block_is_rendered_once_and_sees_of_the_site_only_its_base_path()
    {
        var renderer = await KeptPartialsTests.ThemeAsync(_themes,
            ("Home", "{% for block in blocks %}{% kept_include 'Partials/Block' %}{% endfor %}"),
            ("Partials/Block", "[{{ block.title }}|{{ site.base_path }}|{{ site.site_name }}|{{ is_district }}]"));
        var kept = new KeptPartialsTests.CountedItem("Tin nổi bật");
        KeptFragments.Keep(kept);
        var plain = new KeptPartialsTests.CountedItem("Liên kết website");
        var model = new HomeModel(new SiteModel("/gia-hoa", "Xã Gia Hòa"), [kept, plain], IsDistrict: true);

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("[Tin nổi bật|/gia-hoa||true][Liên kết website|/gia-hoa|Xã Gia Hòa|true]", await renderer.RenderAsync("Home", model));
        }

        Assert.Equal(1, kept.Reads);
        Assert.Equal(2, plain.Reads);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("HomeEmpty")]
    public async Task A_home_page_whose_blocks_are_kept_is_its_golden_file_when_they_are_made_and_when_they_are_written_again(string name)
    {
        KeptFragments.Keep(ThemeGoldenTests.News1);
        KeptFragments.Keep(ThemeGoldenTests.News2);
        foreach (var block in name == "Home" ? ThemeGoldenTests.HomeBlocks : ThemeGoldenTests.HomeEmptyBlocks)
        {
            KeptFragments.Keep(block);
        }

        await KeptPartialsTests.AssertGoldenWhenMadeAndWrittenAgainAsync(name);
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    public sealed record SiteModel(string BasePath, string SiteName);

    public sealed record HomeModel(SiteModel Site, IReadOnlyList<KeptPartialsTests.CountedItem> Blocks, bool IsDistrict);
}
