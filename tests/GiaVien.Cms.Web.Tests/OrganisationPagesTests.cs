using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// "Giới thiệu" on the demo district and commune: the organisation chart drawn from the unit tree, the functions,
/// leaders and spokesperson, the contacts, and their English pages under /en with lang, the VI/EN switch and hreflang.
/// </summary>
public sealed partial class OrganisationPagesTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task The_organisation_chart_nests_each_unit_under_its_parent_as_lists()
    {
        var (status, html) = await host.Browser().GetPageAsync("/gioi-thieu/co-cau-to-chuc");

        Assert.Equal(HttpStatusCode.OK, status);
        var chart = XElement.Parse(ChartList().Match(html).Value);
        var root = Assert.Single(chart.Elements("li"));
        Assert.Equal("Ủy ban nhân dân huyện Gia Viễn", UnitName(root));
        // The committee's units in their display order, and the one-stop desk one level further, under the office.
        var children = root.Element("ul")!.Elements("li").ToList();
        Assert.Equal(["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin"], children.Select(UnitName));
        Assert.Equal("Bộ phận Một cửa huyện", UnitName(Assert.Single(children[0].Element("ul")!.Elements("li"))));
        Assert.Contains("Chủ tịch UBND huyện: Đinh Quang Huy", root.Element("div")!.Value);
    }

    [Fact]
    public async Task The_overview_shows_the_functions_the_leaders_and_the_spokesperson()
    {
        var (status, html) = await host.Browser().GetPageAsync("/gioi-thieu");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h3>Chức năng, nhiệm vụ</h3>", html);
        Assert.Contains("là cơ quan chấp hành của Hội đồng nhân dân huyện", html);
        Assert.Contains("<p class=\"official-name\">Phạm Thị Thu Hà</p>", html);
        var spokesperson = html[html.IndexOf("id=\"nguoi-phat-ngon\"", StringComparison.Ordinal)..];
        Assert.Contains("Lê Thị Hồng Nhung", spokesperson);
        Assert.Contains("<a href=\"tel:02293000111\">0229 3000 111</a>", spokesperson);
        Assert.DoesNotContain("Đinh Quang Huy", spokesperson);
    }

    [Fact]
    public async Task The_contacts_page_lists_every_unit_with_its_telephone_e_mail_and_officials()
    {
        var (status, html) = await host.Browser().GetPageAsync("/gioi-thieu/lien-he");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(6, Regex.Count(html, "<section class=\"contact-unit\""));
        var desk = html[html.IndexOf(">Bộ phận Một cửa huyện</h2>", StringComparison.Ordinal)..];
        Assert.Contains("Điện thoại: <a href=\"tel:02293000115\">0229 3000 115</a>", desk);
        Assert.Contains("<a href=\"mailto:motcua@giavien.example.vn\">motcua@giavien.example.vn</a>", desk);
        Assert.Contains("Bùi Văn Thắng", desk);
    }

    [Fact]
    public async Task A_commune_has_its_own_organisation_under_its_prefix()
    {
        var (status, html) = await host.Browser().GetPageAsync("/gia-hoa/gioi-thieu/co-cau-to-chuc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(">Ủy ban nhân dân xã Gia Hòa</a>", html);
        Assert.DoesNotContain("Phòng Nội vụ", html);
        Assert.Contains("href=\"/gia-hoa/don-vi/tu-phap-ho-tich\"", html);
    }

    [Fact]
    public async Task A_tenant_without_the_feature_answers_its_organisation_pages_with_404()
    {
        var (status, _) = await host.Browser().GetPageAsync("/thi-tran-me/gioi-thieu");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_english_pages_are_in_english_with_lang_en_and_the_theme_words_from_resources()
    {
        var (status, html) = await host.Browser().GetPageAsync("/en/about/contacts");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(">Skip to main content</a>", html);
        Assert.Contains("<nav class=\"main-menu\" aria-label=\"Main menu\">", html);
        Assert.Contains(">Office of Home Affairs</h2>", html);
        Assert.Contains("<p class=\"official-position\">Head of the Office of Home Affairs</p>", html);
        Assert.Contains("Telephone: <a href=\"tel:02293000121\">", html);
        Assert.DoesNotContain("Bỏ qua, đến nội dung chính", html);
        Assert.DoesNotContain("Chịu trách nhiệm nội dung", html);
    }

    [Theory]
    [InlineData("/gioi-thieu", "/en/about")]
    [InlineData("/gioi-thieu/co-cau-to-chuc", "/en/about/organisation")]
    [InlineData("/gia-hoa/gioi-thieu/lien-he", "/gia-hoa/en/about/contacts")]
    public async Task Each_language_links_to_the_other_with_the_switch_and_hreflang(string vietnamese, string english)
    {
        var (_, vi) = await host.Browser().GetPageAsync(vietnamese);
        var (_, en) = await host.Browser().GetPageAsync(english);

        foreach (var html in new[] { vi, en })
        {
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"vi\" href=\"http://localhost{vietnamese}\">", html);
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost{english}\">", html);
        }

        Assert.Contains($"<a href=\"{english}\" hreflang=\"en\" lang=\"en\">English</a>", vi);
        Assert.Contains($"<a href=\"{vietnamese}\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", en);
        Assert.Contains("<html lang=\"vi\">", vi);
    }

    [Fact]
    public async Task A_translated_unit_and_its_original_point_at_each_other()
    {
        var (status, en) = await host.Browser().GetPageAsync("/en/units/home-affairs");
        var (_, vi) = await host.Browser().GetPageAsync("/don-vi/phong-noi-vu");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", en);
        Assert.Contains("<h2>Functions and duties</h2>", en);
        Assert.Contains("<a href=\"/don-vi/phong-noi-vu\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", en);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/units/home-affairs\">", vi);
        Assert.Contains("<a href=\"/en/units/home-affairs\" hreflang=\"en\" lang=\"en\">English</a>", vi);
    }

    [Fact]
    public async Task A_page_without_a_translation_shows_no_switch()
    {
        var (_, html) = await host.Browser().GetPageAsync("/gia-hoa/don-vi/tu-phap-ho-tich");

        Assert.DoesNotContain("hreflang", html);
        Assert.DoesNotContain("class=\"languages\"", html);
    }

    [Fact]
    public async Task The_sitemap_lists_each_translated_item_with_its_alternates()
    {
        var response = await host.Browser().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        foreach (var location in new[] { "http://localhost/don-vi/phong-noi-vu", "http://localhost/en/units/home-affairs", "http://localhost/gioi-thieu", "http://localhost/en/about" })
        {
            var url = xml.Root!.Elements(sitemap + "url").Single(u => u.Element(sitemap + "loc")!.Value == location);
            var alternates = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(2, alternates.Count);
            Assert.Contains(location, alternates.Values);
        }
    }

    [Fact]
    public async Task Tao_ban_tieng_anh_makes_one_english_draft_which_once_published_answers_under_en()
    {
        var client = host.Browser();
        await client.SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        const string edit = "/gia-hoa/admin/content/edit?id=xa-dia-chinh";
        Assert.Contains("Tạo bản tiếng Anh</button>", (await client.GetPageAsync(edit)).Html);

        using var first = await client.PostFormAsync(edit, edit + "&handler=Translate", new Dictionary<string, string>());
        using var second = await client.PostFormAsync(edit, edit + "&handler=Translate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var draft = (await client.GetPageAsync(first.Headers.Location!.OriginalString)).Html;
        Assert.Contains("Đây là bản tiếng Anh", draft);
        Assert.DoesNotContain("Tạo bản tiếng Anh</button>", draft);
        var id = DraftId().Match(first.Headers.Location.OriginalString).Groups[1].Value;
        await TenantServices.RunAsync(host, "gia-hoa", sp => sp.GetRequiredService<ContentPublisher>().PublishAsync(id, "test"));

        var (status, english) = await host.Browser().GetPageAsync("/gia-hoa/en/don-vi/dia-chinh-xay-dung-nong-nghiep-va-moi-truong");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("<a href=\"/gia-hoa/don-vi/dia-chinh-xay-dung-nong-nghiep-va-moi-truong\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", english);
    }

    [Fact]
    public async Task Enabling_the_feature_opens_the_pages_of_a_new_commune_and_points_its_menu_at_them()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "UBND xã Gia Phong", name, [], null));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync($"/{name}/gioi-thieu")).Status);
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);

        using var enabled = await admin.Http.PostFormAsync($"/{name}/admin/features", $"/{name}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = "organisation" });

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var (status, html) = await host.Browser().GetPageAsync($"/{name}/gioi-thieu");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đơn vị chưa đăng thông tin tổ chức bộ máy.", html);
        Assert.Contains($"<a href=\"/{name}/gioi-thieu\" aria-current=\"page\">Giới thiệu</a>", html);
        Assert.DoesNotContain($"/{name}/trang/gioi-thieu", html);
    }

    private static string UnitName(XElement item) => item.Element("div")!.Elements().First().Value;

    // The chart's markup, from its opening list to the end of the main element.
    [GeneratedRegex("<ul class=\"org-chart\">.*</ul>(?=\\s*</main>)", RegexOptions.Singleline)]
    private static partial Regex ChartList();

    [GeneratedRegex("/edit/([0-9a-f]+)")]
    private static partial Regex DraftId();
}
