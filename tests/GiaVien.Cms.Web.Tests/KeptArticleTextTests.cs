using GiaVien.Cms.Content.News;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An article's text is written from the markup kept beside its stored version's shared instance
/// (<see cref="SharedArticleTexts"/>, the theme's <c>{% kept_include 'Partials/ArticleText' %}</c>): the partial takes
/// the text from the page's model, runs once per instance and inputs, the article pages are byte for byte their golden
/// files whether the text is kept or not, and a text with other values is another instance. That an edit or an
/// unpublish shows at once through the real site is held by <see cref="KeptArticleTextOnSqlite"/>.
/// </summary>
public sealed class KeptArticleTextTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-article-").FullName;

    [Fact]
    public async Task A_kept_text_is_read_from_the_page_model_rendered_once_and_sees_of_the_site_only_its_base_path()
    {
        var renderer = await KeptPartialsTests.ThemeAsync(_themes,
            ("Article", "{% kept_include 'Partials/ArticleText' %}"),
            ("Partials/ArticleText", "[{{ text.title }}|{{ site.base_path }}|{{ site.site_name }}]"));
        var text = new KeptPartialsTests.CountedItem("Gia Hòa nâng cao thu nhập");
        KeptFragments.Keep(text);
        var model = new ArticleModel(new KeptBlocksTests.SiteModel("/gia-hoa", "Xã Gia Hòa"), text);

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("[Gia Hòa nâng cao thu nhập|/gia-hoa|]", await renderer.RenderAsync("Article", model));
        }

        Assert.Equal(1, text.Reads);
    }

    [Theory]
    [InlineData("Article")]
    [InlineData("ArticleWithSidebar")]
    public async Task An_article_page_whose_text_is_kept_is_its_golden_file_when_it_is_made_and_when_it_is_written_again(string name)
    {
        KeptFragments.Keep(ThemeGoldenTests.Article.Text);
        await KeptPartialsTests.AssertGoldenWhenMadeAndWrittenAgainAsync(name);
    }

    [Fact]
    public void A_text_with_the_same_values_is_the_shared_instance_and_one_with_other_values_is_another()
    {
        var version = new NewsPart();
        var shown = ThemeGoldenTests.Article.Text;
        var shared = SharedArticleTexts.For(version, shown with { Categories = [.. shown.Categories], Share = [.. shown.Share] });

        Assert.Same(shared, SharedArticleTexts.For(version, shown with { Categories = [.. shown.Categories], Share = [.. shown.Share] }));
        Assert.NotSame(shared, SharedArticleTexts.For(version, shown with { Categories = [new("Kinh tế - Xã hội", shown.Categories[0].Url)] }));
        Assert.NotSame(shared, SharedArticleTexts.For(version, shown with { Image = shown.Image! with { Caption = "Đầm sen Gia Hòa" } }));
        Assert.NotSame(shared, SharedArticleTexts.For(version, shown with { Share = [new("Facebook", "https://www.facebook.com/sharer/sharer.php?u=y")] }));
        Assert.NotSame(shared, SharedArticleTexts.For(new NewsPart(), shown));
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    public sealed record ArticleModel(KeptBlocksTests.SiteModel Site, KeptPartialsTests.CountedItem Text);
}
