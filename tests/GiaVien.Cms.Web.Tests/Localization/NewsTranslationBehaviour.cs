using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Localization;

/// <summary>
/// English translations of news and pages: the demo district's translated article and contact page answer under /en
/// in English and point at their originals both ways; lists keep to the originals; "Tạo bản tiếng Anh" works for news.
/// </summary>
public abstract partial class NewsTranslationBehaviour(DemoHost host)
{
    private const string VietnameseArticle = "/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024";
    private const string EnglishTitle = "Committee reviews 2023 and sets its tasks for 2024";

    [Fact]
    public async Task The_translated_article_answers_under_en_in_english_and_both_versions_link_to_each_other()
    {
        var (status, vietnamese) = await host.Browser().GetPageAsync(VietnameseArticle);
        Assert.Equal(HttpStatusCode.OK, status);
        var english = EnglishLink().Match(vietnamese);
        Assert.True(english.Success, "The Vietnamese article shows no English switch.");
        Assert.Equal("/en/news/district-reviews-2023-and-sets-2024-tasks", english.Groups[1].Value);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost{english.Groups[1].Value}\">", vietnamese);

        var (englishStatus, html) = await host.Browser().GetPageAsync(english.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, englishStatus);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(EnglishTitle, html);
        Assert.Contains("Wednesday, 27 December 2023", html);
        Assert.Contains(">Print this article</button>", html);
        Assert.Contains("Share: ", html);
        Assert.DoesNotContain("Bài viết khác", html);
        Assert.DoesNotContain("In bài viết", html);
        Assert.Contains($"<a href=\"{VietnameseArticle}\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", html);
    }

    [Fact]
    public async Task A_translated_page_shows_the_switch_and_its_english_words()
    {
        var (status, html) = await host.Browser().GetPageAsync("/en/contact");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("aria-label=\"Breadcrumb\"><a href=\"/\">Home</a>", html);
        Assert.Contains("<a href=\"/trang/lien-he\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", html);
    }

    [Fact]
    public async Task Lists_and_feeds_show_the_originals_only()
    {
        foreach (var path in new[] { "/", "/tin-tuc", "/rss.xml" })
        {
            var body = await host.Browser().GetStringAsync(path);
            Assert.DoesNotContain("reviews 2023", body);
        }
    }

    [Fact]
    public async Task The_sitemap_lists_the_article_with_its_english_alternate()
    {
        var sitemap = await host.Browser().GetStringAsync("/sitemap.xml");
        Assert.Contains("hreflang=\"en\" href=\"http://localhost/en/news/district-reviews-2023-and-sets-2024-tasks\"", sitemap);
        Assert.Contains($"hreflang=\"vi\" href=\"http://localhost{VietnameseArticle}\"", sitemap);
    }

    [Fact]
    public async Task Tao_ban_tieng_anh_on_a_news_item_makes_a_linked_draft_found_by_its_original()
    {
        var client = host.Browser();
        await client.SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword);
        const string edit = "/admin/content/edit?id=district-news-002";
        Assert.Contains("Tạo bản tiếng Anh</button>", (await client.GetPageAsync(edit)).Html);

        using var first = await client.PostFormAsync(edit, edit + "&handler=Translate", new Dictionary<string, string>());
        using var second = await client.PostFormAsync(edit, edit + "&handler=Translate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var id = DraftId().Match(first.Headers.Location!.OriginalString).Groups[1].Value;
        var (link, path) = await TenantServices.RunAsync(host, TenantRecord.DefaultName, async services =>
        {
            var row = await services.GetRequiredService<CmsDbContext>().ContentItems.AsNoTracking().SingleAsync(i => i.ContentItemId == id && i.Latest);
            return (row.TranslationOf, ContentItemMapper.ToItem(row).RoutePath);
        });
        Assert.Equal("district-news-002", link);
        Assert.StartsWith("en/tin-tuc/", path, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" hreflang=\"en\" lang=\"en\">English</a>")]
    private static partial Regex EnglishLink();

    [GeneratedRegex("/edit/([0-9a-f]+)")]
    private static partial Regex DraftId();
}

public sealed class SqliteNewsTranslationTests(SqliteDemoHost host) : NewsTranslationBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class PostgreSqlNewsTranslationTests(PostgreSqlDemoHost host) : NewsTranslationBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
