using System.Net;
using System.Text.Json;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>/api/search and /tim-kiem through the real host, on the demo tenants.</summary>
public sealed class SearchEndpointTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    [Fact]
    public async Task The_api_returns_the_total_and_pages_of_results_with_everything_a_list_needs()
    {
        var word = "phantrang" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 1; i <= 12; i++)
        {
            await TestNews.PublishAsync(host, "thi-tran-me", $"Tin số {i} về {word} ở thị trấn Me", "Tóm tắt.", $"Thân bài có từ {word}.");
        }

        var client = host.Browser();
        var first = await client.SearchUntilAsync($"/thi-tran-me/api/search?q={word}", r => r.Total() == 12);
        var second = await client.SearchAsync($"/thi-tran-me/api/search?q={word}&page=2");

        Assert.Equal((12, 2, 10, 2), (first.Total(), first.GetProperty("pageCount").GetInt32(), first.Results().Count, second.Results().Count));
        Assert.Empty(first.Results().Select(Url).Intersect(second.Results().Select(Url)));
        var hit = first.Results()[0];
        Assert.Contains($"<mark>{word}</mark>", hit.GetProperty("titleHtml").GetString());
        Assert.Contains($"<mark>{word}</mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal("thi-tran-me", hit.GetProperty("tenant").GetString());
        Assert.Equal("Thị trấn Me", hit.GetProperty("tenantName").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$", hit.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("categories").ValueKind);
        Assert.StartsWith("/thi-tran-me/tin-tuc/", Url(hit));
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(Url(hit))).Status);
    }

    [Fact]
    public async Task The_search_page_shows_highlighted_results_and_every_page_has_a_search_box()
    {
        var client = host.Browser();

        var (status, html) = await client.GetPageAsync("/gia-hoa/tim-kiem?q=nong+thon+moi");
        var home = (await client.GetPageAsync("/gia-hoa/")).Html;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Kết quả tìm kiếm", html);
        Assert.Contains("<mark>nông</mark> <mark>thôn</mark> <mark>mới</mark>", html);
        Assert.Contains("action=\"/gia-hoa/tim-kiem\"", home);
        Assert.Contains(">Tìm kiếm</label>", home);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!! ??? ...")]
    // Query-parser syntax only: a word such as "AND" is an ordinary word now that the district has English pages.
    [InlineData("&& || ( ] * ?~ \\\\")]
    [InlineData("\"")]
    [InlineData("title:gia OR body:[a TO z] ~2 ^3 {!}")]
    [InlineData("- -- -\"\"")]
    public async Task Odd_input_gives_an_answer_never_a_server_error(string query)
    {
        var client = host.Browser();
        var api = await client.SearchAsync("/api/search?q=" + Uri.EscapeDataString(query));
        var (status, html) = await client.GetPageAsync("/tim-kiem?q=" + Uri.EscapeDataString(query));

        Assert.False(string.IsNullOrEmpty(api.GetProperty("message").GetString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"search-message\"", html);
    }

    [Fact]
    public async Task A_very_long_query_or_a_bad_date_is_refused_with_a_vietnamese_message()
    {
        var client = host.Browser();
        var longQuery = Uri.EscapeDataString(new string('a', 2000));

        using var tooLong = await client.GetAsync("/api/search?q=" + longQuery);
        using var badDate = await client.GetAsync("/api/search?q=gia&from=32/13/2024");
        var (pageStatus, pageHtml) = await client.GetPageAsync("/tim-kiem?q=" + longQuery);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("quá dài", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("không hợp lệ", await badDate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains("quá dài", pageHtml);
    }

    [Fact]
    public async Task The_page_has_a_filter_form_that_keeps_the_query_and_shows_the_chosen_filters()
    {
        var client = host.Browser();

        var (status, html) = await client.GetPageAsync("/gia-hoa/tim-kiem?q=nong+thon+moi&category=kinh-te&type=DistrictNews&from=2020-01-01&to=2030-12-31&sort=newest");
        var district = (await client.GetPageAsync("/tim-kiem?q=gia+vien&scope=district")).Html;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("value=\"nong thon moi\"", html);
        Assert.Contains("<legend>Lọc kết quả</legend>", html);
        Assert.Contains("<option value=\"kinh-te\" selected>Kinh tế</option>", html);
        Assert.Contains("<option value=\"DistrictNews\" selected>Tin tức</option>", html);
        Assert.Contains("<option value=\"Page\">Trang</option>", html);
        Assert.DoesNotContain("Danh mục</option>", html);
        Assert.Contains("id=\"search-from\" type=\"date\" name=\"from\" value=\"2020-01-01\"", html);
        Assert.Contains("id=\"search-to\" type=\"date\" name=\"to\" value=\"2030-12-31\"", html);
        Assert.Contains("<option value=\"newest\" selected>Mới nhất</option>", html);
        Assert.Contains(">Bỏ lọc</a>", html);
        Assert.DoesNotContain("name=\"scope\"", html);
        Assert.Contains("<input type=\"radio\" name=\"scope\" value=\"district\" checked>", district);
        Assert.DoesNotContain(">Bỏ lọc</a>", district);
    }

    [Fact]
    public async Task The_filters_of_the_form_narrow_the_results()
    {
        var word = "bocloc" + Guid.NewGuid().ToString("N")[..6];
        await TestNews.PublishAsync(host, "thi-tran-me", $"Tin {word} ở thị trấn Me", "Tóm tắt.", "Thân bài.");
        var client = host.Browser();
        await client.SearchUntilAsync($"/thi-tran-me/api/search?q={word}", r => r.Total() == 1);

        var news = (await client.GetPageAsync($"/thi-tran-me/tim-kiem?q={word}&type=DistrictNews&category=&from=&to=&sort=newest")).Html;
        var pages = (await client.GetPageAsync($"/thi-tran-me/tim-kiem?q={word}&type=Page")).Html;
        var later = (await client.GetPageAsync($"/thi-tran-me/tim-kiem?q={word}&from=2100-01-01")).Html;

        Assert.Contains("Tìm thấy 1 kết quả", news);
        Assert.Contains("Không tìm thấy kết quả phù hợp.", pages);
        Assert.Contains("Không tìm thấy kết quả phù hợp.", later);
    }

    [Theory]
    [InlineData("from=2024-13-45", "không hợp lệ")]
    [InlineData("to=15/03/2024", "không hợp lệ")]
    [InlineData("from=0001-01-01", "nằm ngoài khoảng cho phép")]
    [InlineData("to=9999-12-31", "nằm ngoài khoảng cho phép")]
    [InlineData("from=2024-05-01&to=2024-04-01", "Ngày bắt đầu (01/05/2024) sau ngày kết thúc (01/04/2024)")]
    public async Task Invalid_dates_get_a_vietnamese_message_on_the_page_and_in_the_api(string dates, string message)
    {
        var client = host.Browser();

        var (status, html) = await client.GetPageAsync("/gia-hoa/tim-kiem?q=gia+hoa&" + dates);
        using var api = await client.GetAsync("/gia-hoa/api/search?q=gia+hoa&" + dates);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("<legend>Lọc kết quả</legend>", html);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(message, await api.Content.ReadAsStringAsync());
    }

    private static string Url(JsonElement hit) => hit.GetProperty("url").GetString()!;
}
