using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The public site residents read: pages, feeds and metadata, and what bad addresses get.</summary>
public sealed partial class PublicSiteTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string DistrictArticle = "/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024";

    [Fact]
    public async Task An_article_shows_its_date_line_in_vietnam_time_byline_categories_and_other_articles()
    {
        var (status, html) = await host.Browser().GetPageAsync(DistrictArticle);

        Assert.Equal(HttpStatusCode.OK, status);
        // Published 2023-12-27T09:30Z: 16:30 on a Wednesday in Việt Nam. (The HTML encoder writes "+" as &#x2B;.)
        Assert.Contains("<time datetime=\"2023-12-27T16:30:00&#x2B;07:00\">Thứ tư, 27/12/2023 16:30</time>", html);
        Assert.Contains("<p class=\"byline\">Cẩm Vân, Trung tâm VHTT&amp;TT</p>", html);
        Assert.Matches("Chuyên mục: <a href=\"/chuyen-muc/[a-z-]+\">", html);
        Assert.Contains("Bài viết khác", html);
        var others = html[html.IndexOf("id=\"bai-viet-khac\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain(DistrictArticle, others);
        Assert.Contains("data-print", html);
    }

    [Fact]
    public async Task Other_articles_list_the_same_category_first_then_the_newest()
    {
        var (_, html) = await host.Browser().GetPageAsync("/thi-tran-me/" + (await FirstLinkAsync("/thi-tran-me/chuyen-muc/van-hoa-xa-hoi"))["/thi-tran-me/".Length..]);
        var others = HttpExtensions.ArticleLinks(html[html.IndexOf("id=\"bai-viet-khac\"", StringComparison.Ordinal)..]);
        var sameCategory = HttpExtensions.ArticleLinks((await host.Browser().GetPageAsync("/thi-tran-me/chuyen-muc/van-hoa-xa-hoi")).Html);
        Assert.NotEmpty(others);
        // Every other item of the same category comes before any item of another category.
        var firstForeign = others.ToList().FindIndex(l => !sameCategory.Contains(l));
        Assert.All(others.Take(firstForeign < 0 ? others.Count : firstForeign), l => Assert.Contains(l, sameCategory));
    }

    [Fact]
    public async Task An_article_carries_canonical_open_graph_dublin_core_and_news_article_json_ld()
    {
        var (_, html) = await host.Browser().GetPageAsync(DistrictArticle);

        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{DistrictArticle}\">", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"UBND huyện Gia Viễn tổng kết", html);
        Assert.Contains("<meta name=\"twitter:card\"", html);
        Assert.Contains("<meta name=\"DC.language\" content=\"vi\">", html);
        Assert.Contains("<meta name=\"DC.creator\" content=\"Cẩm Vân, Trung tâm VHTT&amp;TT\">", html);
        Assert.Contains("<meta name=\"DC.date\" content=\"2023-12-27T16:30:00&#x2B;07:00\">", html);
        using var json = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.StartsWith("UBND huyện Gia Viễn tổng kết", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2023-12-27T16:30:00+07:00", json.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("UBND huyện Gia Viễn", json.RootElement.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_district_home_shows_news_shared_by_communes_labelled_with_their_site()
    {
        var (_, html) = await host.Browser().GetPageAsync("/");
        var shared = html[html.IndexOf("id=\"tin-co-so\"", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf("id=\"tin-co-so\"", StringComparison.Ordinal), StringComparison.Ordinal)];

        Assert.Contains("<a class=\"source-tag\" href=\"/gia-hoa/\">Xã Gia Hòa</a>", shared);
        Assert.Contains("href=\"/gia-hoa/tin-tuc/", shared);
        Assert.All(DemoContent.Unshared("gia-hoa"), title => Assert.DoesNotContain(title, shared));
        Assert.DoesNotContain("Tin cơ sở", (await host.Browser().GetPageAsync("/gia-hoa/")).Html);
    }

    [Theory]
    [InlineData("/chuyen-muc/kinh-te?trang=abc")]
    [InlineData("/chuyen-muc/kinh-te?trang=-3")]
    [InlineData("/chuyen-muc/kinh-te?trang=99999999999999999999999")]
    [InlineData("/chuyen-muc/kinh-te?trang=1&trang=2")]
    [InlineData("/tin-tuc")]
    public async Task Malformed_page_numbers_show_the_first_page(string url)
    {
        var (status, html) = await host.Browser().GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("class=\"page-title\"", html);
    }

    [Theory]
    [InlineData("/chuyen-muc/kinh-te?trang=99")]
    [InlineData("/chuyen-muc/khong-co-chuyen-muc")]
    [InlineData("/chuyen-muc/khong-co-chuyen-muc/rss.xml")]
    [InlineData("/tin-tuc/bai-khong-ton-tai")]
    [InlineData("/gia-hoa/trang/khong-co")]
    public async Task Unknown_categories_slugs_and_pages_beyond_the_last_get_the_themed_404(string url)
    {
        var (status, html) = await host.Browser().GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy trang", html);
        Assert.Contains("name=\"q\"", html);
        Assert.Contains("Sơ đồ trang", html);
    }

    [Fact]
    public async Task A_very_long_query_string_is_not_an_error()
    {
        var status = (await host.Browser().GetPageAsync("/chuyen-muc/kinh-te?x=" + new string('a', 6000))).Status;
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Category_pages_page_by_ten_and_link_the_next_page()
    {
        var (_, html) = await host.Browser().GetPageAsync("/tin-tuc");
        Assert.InRange(HttpExtensions.ArticleLinks(html).Count, 1, 10);
        Assert.Contains("<a href=\"/chuyen-muc/kinh-te\">Kinh tế</a>", html);
    }

    [Fact]
    public async Task The_rss_feeds_are_read_by_a_real_consumer()
    {
        foreach (var url in new[] { "/rss.xml", "/gia-hoa/rss.xml", "/chuyen-muc/kinh-te/rss.xml" })
        {
            using var response = await host.Browser().GetAsync(url);
            Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
            using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
            var feed = SyndicationFeed.Load(reader);
            Assert.NotEmpty(feed.Items);
            Assert.All(feed.Items, i => Assert.StartsWith("http://localhost/", i.Links[0].Uri.ToString()));
            Assert.Equal("vi", feed.Language);
        }

        var giaHoa = SyndicationFeed.Load(XmlReader.Create(await host.Browser().GetStreamAsync("/gia-hoa/rss.xml")));
        var published = DemoContent.News("gia-hoa").Where(n => n.Published).Select(n => n.Title).Order();
        Assert.Equal(published, giaHoa.Items.Select(i => i.Title.Text).Order());
    }

    [Fact]
    public async Task The_sitemap_is_valid_against_the_sitemaps_schema_and_lists_every_published_item()
    {
        var xml = await host.Browser().GetStringAsync("/gia-hoa/sitemap.xml");
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(AppContext.BaseDirectory, "Schemas", "sitemap.xsd"));
        var document = XDocument.Parse(xml);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = document.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/gia-hoa/trang/gioi-thieu", locations);
        Assert.Equal(DemoContent.News("gia-hoa").Count(n => n.Published), locations.Count(l => l.StartsWith("http://localhost/gia-hoa/tin-tuc/", StringComparison.Ordinal)));
        Assert.All(document.Descendants(ns + "url").Where(u => u.Element(ns + "loc")!.Value.Contains("/tin-tuc/", StringComparison.Ordinal)),
            u => Assert.NotNull(u.Element(ns + "lastmod")));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemaps_of_the_district_and_of_the_prefixed_sites()
    {
        var text = await host.Browser().GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text);
        Assert.Contains("Sitemap: http://localhost/gia-hoa/sitemap.xml", text);
        Assert.Contains("Disallow: /admin", text);
    }

    [Fact]
    public async Task The_html_sitemap_and_static_pages_are_served()
    {
        var (status, html) = await host.Browser().GetPageAsync("/so-do-trang");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/trang/gioi-thieu\">Giới thiệu</a>", html);
        Assert.Contains("<a href=\"/chuyen-muc/kinh-te\">Kinh tế</a>", html);
        var (pageStatus, page) = await host.Browser().GetPageAsync("/trang/lien-he");
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains("<h1>Liên hệ</h1>", page);
    }

    [Fact]
    public async Task Every_page_has_the_search_box_menu_skip_link_and_footer()
    {
        foreach (var url in new[] { "/", "/gia-hoa/", DistrictArticle, "/so-do-trang", "/khong-co" })
        {
            var html = (await host.Browser().GetPageAsync(url)).Html;
            Assert.Contains("<a class=\"skip-link\" href=\"#noi-dung\">", html);
            Assert.Matches("<form class=\"search\" role=\"search\" aria-label=\"Tìm kiếm trên trang\" action=\"(/gia-hoa)?/tim-kiem\" method=\"get\">", html);
            Assert.Contains("<label for=\"tu-khoa\">Tìm kiếm</label>", html);
            Assert.Contains("aria-label=\"Menu chính\"", html);
            Assert.Contains(">Giới thiệu</a>", html);
            Assert.Contains(">Sơ đồ trang</a>", html);
            Assert.Contains("class=\"footer-name\"", html);
        }
    }

    [Fact]
    public async Task Theme_assets_are_fingerprinted_cached_for_a_year_and_compressed()
    {
        var html = (await host.Browser().GetPageAsync("/")).Html;
        var css = Regex.Match(html, "href=\"(/theme/site.css\\?v=[0-9a-f]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await host.Browser().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_pages_css_and_javascript_weigh_under_50_kb_compressed()
    {
        var html = (await host.Browser().GetPageAsync("/")).Html;
        var total = 0L;
        foreach (Match asset in Regex.Matches(html, "(?:href|src)=\"(/theme/site\\.(?:css|js)\\?v=[0-9a-f]+)\""))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset.Groups[1].Value);
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await host.Browser().SendAsync(request);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.InRange(total, 1, 50 * 1024);
    }

    [Fact]
    public async Task A_tenant_without_content_shows_a_friendly_empty_state()
    {
        var name = TenantFactory.UniqueName("gia-van");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Vân", name, [], null));
        foreach (var url in new[] { $"/{name}/", $"/{name}/tin-tuc", $"/{name}/chuyen-muc/kinh-te" })
        {
            var (status, html) = await host.Browser().GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("class=\"empty-state\"", html);
        }
    }

    private async Task<string> FirstLinkAsync(string url) => HttpExtensions.ArticleLinks((await host.Browser().GetPageAsync(url)).Html)[0];

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.+?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
