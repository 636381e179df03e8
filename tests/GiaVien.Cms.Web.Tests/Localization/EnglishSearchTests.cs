using System.Net;
using System.Net.Http.Json;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Localization;

/// <summary>
/// English search on the demo district, whose first article has an English translation ("Committee reviews 2023 and
/// sets its tasks for 2024"): /en/search finds it by other forms of its words, in English; the Vietnamese search
/// leaves it out; /api/search takes lang=en.
/// </summary>
public sealed class EnglishSearchTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    private const string EnglishArticle = "/en/news/district-reviews-2023-and-sets-2024-tasks";

    [Fact]
    public async Task Another_form_of_a_word_finds_the_english_article_on_an_english_page()
    {
        var client = host.Browser();
        await client.SearchUntilAsync("/api/search?lang=en&q=reviewing", r => r.Total() == 1);

        var (status, html) = await client.GetPageAsync("/en/search?q=reviewing");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1 class=\"page-title\">Search results</h1>", html);
        Assert.Contains("Results found: 1.", html);
        Assert.Contains($"<a href=\"{EnglishArticle}\">Gia Viễn District People's Committee <mark>reviews</mark> 2023", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("Wednesday, 27 December 2023", html);
        Assert.Contains("action=\"/en/search\"", html);
        Assert.DoesNotContain("Chuyên mục", html);
        Assert.DoesNotContain("Kết quả tìm kiếm", html);
    }

    [Fact]
    public async Task Stop_words_are_left_out_and_a_word_of_nothing_but_stop_words_is_explained_in_english()
    {
        var client = host.Browser();
        var found = await client.SearchUntilAsync("/api/search?lang=en&q=the+tasks+of+the+committee", r => r.Total() == 1);
        var (_, html) = await client.GetPageAsync("/en/search?q=the+of");

        Assert.Equal(EnglishArticle, found.Results()[0].GetProperty("url").GetString());
        Assert.Contains("Please type at least one word to search for", html);
    }

    [Fact]
    public async Task The_vietnamese_search_leaves_english_items_out_unless_asked()
    {
        var client = host.Browser();
        var english = await client.SearchUntilAsync("/api/search?lang=en&q=committee+reviews", r => r.Total() == 1);
        var vietnamese = await client.SearchAsync("/api/search?q=committee+reviews");
        var (_, page) = await client.GetPageAsync("/tim-kiem?q=committee+reviews");

        Assert.Equal(1, english.Total());
        Assert.Equal(0, vietnamese.Total());
        Assert.Contains("Không tìm thấy kết quả phù hợp.", page);
        Assert.Contains("Wednesday, 27 December 2023", english.Results()[0].GetProperty("dateLine").GetString());
    }

    [Fact]
    public async Task An_unknown_language_is_a_vietnamese_400()
    {
        using var response = await host.Browser().GetAsync("/api/search?q=gia+vien&lang=fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.StartsWith("Ngôn ngữ \"fr\" không được hỗ trợ", problem.GetProperty("detail").GetString());
    }
}
