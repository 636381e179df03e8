using System.Runtime.CompilerServices;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Blocks;
using GiaVien.Cms.Web.Site.Organisation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Golden files: each view of the theme rendered in the layout with fixed data, compared with the checked-in HTML in
/// <c>Goldens/</c>. After an intended change of a template, regenerate them with
/// <c>GIAVIEN_UPDATE_GOLDENS=1 dotnet test tests/GiaVien.Cms.Web.Tests --filter ThemeGoldenTests</c> and review the diff.
/// </summary>
public sealed class ThemeGoldenTests
{
    internal static readonly ThemeRenderer Renderer = new(Options.Create(new ThemesOptions()), new OverrideOutputGuard(), NullLogger<ThemeRenderer>.Instance);

    // Pages carry a new nonce every time; the goldens a fixed one.
    internal const string Nonce = "Z29sZGVuLWZpbGUtbm9uY2Ux";

    private static readonly IReadOnlyList<LinkViewModel> Categories =
        [new("Kinh tế", "/gia-hoa/chuyen-muc/kinh-te"), new("Văn hóa - Xã hội", "/gia-hoa/chuyen-muc/van-hoa-xa-hoi")];

    internal static readonly SiteViewModel Site = new("Ủy ban nhân dân xã Gia Hòa", "Chào mừng đến Trang thông tin điện tử xã Gia Hòa", "/gia-hoa",
        "https://giavien.example/gia-hoa", "/gia-hoa/theme/emblem.svg?v=1", "#8a1c1c", "Chủ tịch UBND xã", "Xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình",
        "0229 3000 000", "ubnd@giahoa.example",
        [new("Trang chủ", "/gia-hoa/", []), new("Tin tức", "/gia-hoa/tin-tuc", Categories), new("Sơ đồ trang", "/gia-hoa/so-do-trang", [])],
        Categories, "/gia-hoa/theme/site.css?v=1", "/gia-hoa/theme/site.js?v=1", 2024);

    internal static readonly NewsSummaryViewModel News1 = new("Gia Hòa nâng cao thu nhập từ mô hình nuôi cá <kết hợp> trồng sen",
        "/gia-hoa/tin-tuc/gia-hoa-nuoi-ca", "Thứ tư, 04/10/2023", "2023-10-04T09:15:00+07:00", "Nhiều hộ dân đã mạnh dạn chuyển đổi ruộng trũng.",
        new ImageViewModel("/gia-hoa/media/_p/card/2023/ca-sen.jpg", "Ao cá và đầm sen của một hộ dân", 400, 225));

    internal static readonly NewsSummaryViewModel News2 = new("Ra quân làm giao thông nông thôn", "/gia-hoa/tin-tuc/ra-quan", "Thứ hai, 26/02/2024",
        "2024-02-26T07:00:00+07:00", null, null) { Source = new LinkViewModel("Thị trấn Me", "/thi-tran-me/") };

    internal static readonly ArticleViewModel Article = new(Site, new ArticleTextViewModel("Gia Hòa nâng cao thu nhập", "Thứ tư, 04/10/2023 09:15", "2023-10-04T09:15:00+07:00",
            "Nhiều hộ dân đã mạnh dạn chuyển đổi.", "<p>Nội dung.</p><figure><img src=\"/gia-hoa/media/a.jpg\" alt=\"Đầm sen\" width=\"800\" height=\"450\"><figcaption>Đầm sen</figcaption></figure>",
            "Minh Hằng", "UBND xã Gia Hòa", new ImageViewModel("/gia-hoa/media/_p/article/a.jpg", "Đầm sen", 800, 450), Categories,
            [new("Facebook", "https://www.facebook.com/sharer/sharer.php?u=x")]), [News2]);

    internal static readonly IReadOnlyList<BlockViewModel> ArticleSidebar =
    [
        new BlockViewModel("Latest", "tin-moi", "Tin mới") { News = [News1], Url = "/gia-hoa/tin-tuc" },
        new BlockViewModel("LinkBanners", "dich-vu-cong", "Dịch vụ công")
        {
            Links = [new("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", true, new ImageViewModel("/gia-hoa/media/_p/article/bieu-ngu/dvc.png", "Cổng Dịch vụ công quốc gia", 800, 200))],
        },
        new BlockViewModel("LinkList", "lien-ket", "Liên kết website") { Links = [new("UBND huyện Gia Viễn", "/", false, null)] },
    ];

    private static readonly PageMetadata ArticlePage = Page("Gia Hòa nâng cao thu nhập") with { OgType = "article", ImageUrl = "https://giavien.example/gia-hoa/media/_p/og/a.jpg", IsoDate = "2023-10-04T09:15:00+07:00", Creator = "Minh Hằng", JsonLd = "{\"@type\":\"NewsArticle\"}" };

    internal static PageMetadata Page(string? title) => new(title, "Mô tả trang", "https://giavien.example/gia-hoa/trang", "/gia-hoa/trang");

    private static readonly OfficialViewModel Chairman = new("Trịnh Văn Lực", "Chủ tịch UBND xã", null,
        new ImageViewModel("/gia-hoa/media/_p/thumbnail/can-bo/luc.jpg", "Trịnh Văn Lực", 200, 200), "0229 3861 201", "chutich@giahoa.example", "Phòng 1",
        Leader: true, Spokesperson: true, "Ủy ban nhân dân xã Gia Hòa");

    private static readonly OrgUnitViewModel Commune = new("Ủy ban nhân dân xã Gia Hòa", "/gia-hoa/don-vi/ubnd", null, "<p>Cơ quan hành chính nhà nước ở xã.</p>",
        "Thôn Đông Thịnh", "0229 3861 200", "ubnd@giahoa.example", [Chairman],
        [new("Tư pháp - Hộ tịch", "/gia-hoa/don-vi/tu-phap", null, null, null, "0229 3861 230", null, [], [])]);

    private static readonly OrganisationLinks Links = new("/gia-hoa/gioi-thieu", "/gia-hoa/gioi-thieu/co-cau-to-chuc", "/gia-hoa/gioi-thieu/lien-he");

    private static OrganisationViewModel Organisation(string title, OrgUnitViewModel unit, OrganisationLinks links) =>
        new(Site, title, links, [unit], [unit, .. unit.Children], [Chairman]);

    // The English page of the same unit: its child has no translation, so it stays Vietnamese with lang="vi".
    private static readonly OrgUnitViewModel CommuneInEnglish = Commune with
    {
        Title = "People's Committee of Gia Hòa Commune", FunctionsHtml = "<p>The organ of state administration in the commune.</p>",
        Officials = [Chairman with { Position = "Chairman of the Commune People's Committee" }],
        Children = [Commune.Children[0] with { Lang = "vi" }],
    };

    public static TheoryData<string> Views => ["Home", "HomeEmpty", "Category", "Article", "ArticleWithSidebar", "Page", "Sitemap", "NotFound", "Search", "SearchEnglish", "Unavailable", "QuestionForm",
        "Organisation", "OrganisationChart", "OrganisationContacts", "OrganisationEnglish", .. Procedures.ProcedureGoldenCases.Names, .. Schedule.ScheduleGoldenCases.Names,
        .. Galleries.GalleryGoldenCases.Names, .. Questions.QuestionGoldenCases.Names];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_view_renders_as_its_golden_file(string name)
    {
        var html = await RenderAsync(name);

        var golden = Path.Combine(GoldensFolder(), name + ".html");
        if (Environment.GetEnvironmentVariable("GIAVIEN_UPDATE_GOLDENS") == "1")
        {
            await File.WriteAllTextAsync(golden, html);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}: run with GIAVIEN_UPDATE_GOLDENS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(golden), html);
    }

    // The same instances on every render, so a test can keep their markup (KeptBlocksTests).
    internal static readonly IReadOnlyList<BlockViewModel> HomeBlocks =
    [
        new BlockViewModel("TopNews", "tin-noi-bat", "Tin nổi bật và Tin mới") { Featured = News1, News = [News2] },
        new BlockViewModel("SharedNews", "tin-co-so", "Tin cơ sở") { News = [News2] },
        new BlockViewModel("Categories", "chuyen-muc", "Tin theo từng chuyên mục") { Categories = [new("Kinh tế", "/gia-hoa/chuyen-muc/kinh-te", [News1])] },
    ];

    internal static readonly IReadOnlyList<BlockViewModel> HomeEmptyBlocks =
        [new BlockViewModel("TopNews", "tin-noi-bat", "Tin nổi bật và Tin mới"), new BlockViewModel("SharedNews", "tin-co-so", "Tin cơ sở"), new BlockViewModel("Categories", "chuyen-muc", "Tin theo từng chuyên mục")];

    internal static readonly SearchHitListViewModel SearchHits =
        new([new("Ra quân làm giao thông <mark>nông thôn</mark>", "/gia-hoa/tin-tuc/ra-quan", "… giao thông <mark>nông thôn</mark> …", "Thứ hai, 26/02/2024", "2024-02-26T08:00:00+07:00", "Kinh tế", null)]);

    internal static readonly SearchFormOptionsViewModel SearchFormOptions =
        new([new("kinh-te", "Kinh tế", true), new("van-hoa", "Văn hóa - Xã hội", false)], [new("DistrictNews", "Tin tức", false), new("Page", "Trang", false)]);

    internal static readonly SearchHitListViewModel SearchEnglishHits =
        new([new("Committee <mark>reviews</mark> 2023 and sets its <mark>tasks</mark> for 2024", "/gia-hoa/en/news/committee-reviews-2023", "The committee <mark>reviewed</mark> the year …",
            "Wednesday, 27 December 2023", "2023-12-27T08:00:00+07:00", "", null)]);

    /// <summary>The page of a golden case, rendered as the test renders it.</summary>
    internal static async Task<string> RenderAsync(string name, object? keptSite = null)
    {
        var (view, model, page) = Case(name);
        var layout = new LayoutViewModel(Site, page) { KeptSite = keptSite };
        return await Renderer.RenderPageAsync(view, model, layout, productHead: PageHead.Html(layout, Nonce), culture: page.Language);
    }

    private static (string View, object Model, PageMetadata Page) Case(string name) => name switch
    {
        // The default arrangement of blocks must keep the home page exactly as it was before blocks.
        "Home" => ("Home", new HomeViewModel(Site, HomeBlocks, IsDistrict: true), Page(null)),
        "HomeEmpty" => ("Home", new HomeViewModel(Site, HomeEmptyBlocks, IsDistrict: false), Page(null)),
        "Category" => ("Category", new CategoryViewModel(Site, "Kinh tế", "/gia-hoa/chuyen-muc/kinh-te/rss.xml", [News1, News2],
            new PagerViewModel(2, 3, "/gia-hoa/chuyen-muc/kinh-te", "/gia-hoa/chuyen-muc/kinh-te?trang=3",
                [new(1, "/gia-hoa/chuyen-muc/kinh-te", false), new(2, "/gia-hoa/chuyen-muc/kinh-te?trang=2", true), new(3, "/gia-hoa/chuyen-muc/kinh-te?trang=3", false)])),
            Page("Kinh tế - Trang 2")),
        "Article" => ("Article", Article, ArticlePage),
        "ArticleWithSidebar" => ("Article", Article with { Sidebar = ArticleSidebar }, ArticlePage),
        "Page" => ("Page", new PageViewModel(Site, "Giới thiệu", "<p>Xã Gia Hòa nằm ở phía tây huyện Gia Viễn.</p>"), Page("Giới thiệu")),
        "Sitemap" => ("Sitemap", new SitemapViewModel(Site, [new("Giới thiệu", "/gia-hoa/trang/gioi-thieu")], Categories, [News1]), Page("Sơ đồ trang")),
        "NotFound" => ("NotFound", new NotFoundViewModel(Site), Page("Không tìm thấy trang")),
        // A refused question: what the resident typed comes back (markup encoded), each error beside its field.
        "QuestionForm" => ("QuestionForm", new GiaVien.Cms.Web.Site.Questions.QuestionFormViewModel(Site, "/gia-hoa/hoi-dap/gui-cau-hoi", "/gia-hoa/hoi-dap", ["Đất đai", "Y tế"],
            new Dictionary<string, string> { ["name"] = "Nguyễn Thị Lan", ["address"] = "<b>Thôn Đông</b>", ["field"] = "Y tế", ["title"] = "Lịch tiêm chủng", ["question"] = "", ["consent"] = "yes" },
            new Dictionary<string, string> { ["address"] = "Nội dung không được chứa mã HTML hay mã lệnh (script). Vui lòng chỉ nhập văn bản.", ["question"] = "Vui lòng nhập nội dung câu hỏi." },
            "Câu hỏi chưa được gửi. Vui lòng sửa các mục được đánh dấu bên dưới.", false, "token-co-dinh", "/gia-hoa/hoi-dap/ma-xac-nhan?t=token-co-dinh",
            "bảy cộng hai bằng bao nhiêu?", "__af", "af-co-dinh", "website", 5000), Page("Gửi câu hỏi")),
        "Search" => ("Search", new SearchPageViewModel(Site, "nông thôn mới", null, 1,
            SearchHits,
            null, null, null, true, true,
            new SearchFiltersViewModel(SearchFormOptions.Categories, SearchFormOptions.ContentTypes,
                "2024-01-01", "", Newest: true, "/gia-hoa/tim-kiem?q=n%C3%B4ng%20th%C3%B4n%20m%E1%BB%9Bi")) { FormOptions = SearchFormOptions }, Page("Kết quả tìm kiếm")),
        // The English search: English words, no Vietnamese categories, types or scope in the form.
        "SearchEnglish" => ("Search", new SearchPageViewModel(Site with { Language = "en" }, "reviewing the tasks", null, 12,
            SearchEnglishHits,
            null, "/gia-hoa/en/search?q=reviewing%20the%20tasks&page=2", "Page 1 of 2", true, false,
            new SearchFiltersViewModel([new("kinh-te", "Kinh tế", false)], [new("DistrictNews", "Tin tức", false)], "", "", Newest: false, null)) { English = true },
            Page("Search results") with { Language = "en" }),
        "Unavailable" => ("Unavailable", new { Site, Message = "Trang thông tin điện tử này tạm ngừng hoạt động." }, Page("Trang tạm ngừng hoạt động")),
        "Organisation" => ("Organisation", Organisation("Giới thiệu", Commune, Links), Page("Giới thiệu")),
        "OrganisationChart" => ("OrganisationChart", Organisation("Cơ cấu tổ chức", Commune, Links), Page("Cơ cấu tổ chức")),
        "OrganisationContacts" => ("OrganisationContacts", Organisation("Liên hệ", Commune, Links), Page("Liên hệ")),
        "OrganisationEnglish" => ("Organisation", Organisation("About us", CommuneInEnglish, new("/gia-hoa/en/about", "/gia-hoa/en/about/organisation", "/gia-hoa/en/about/contacts")),
            Page("About us") with
            {
                Language = "en",
                Alternates = [new("vi", "Tiếng Việt", "https://giavien.example/gia-hoa/gioi-thieu", "/gia-hoa/gioi-thieu"), new("en", "English", "https://giavien.example/gia-hoa/en/about", "/gia-hoa/en/about")],
            }),
        _ when Procedures.ProcedureGoldenCases.Names.Contains(name) => Procedures.ProcedureGoldenCases.Case(name, Site) is var (view, model, title) ? (view, model, Page(title)) : default,
        _ when Schedule.ScheduleGoldenCases.Names.Contains(name) => Schedule.ScheduleGoldenCases.Case(name, Site) is var (view, model, title) ? (view, model, Page(title)) : default,
        _ when Questions.QuestionGoldenCases.Names.Contains(name) => Questions.QuestionGoldenCases.Case(name, Site) is var (view, model, title) ? (view, model, Page(title)) : default,
        _ when Galleries.GalleryGoldenCases.Names.Contains(name) => Galleries.GalleryGoldenCases.Case(name, Site) is var (view, model, title, scripts) ? (view, model, Page(title) with { Scripts = scripts }) : default,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The checked-in golden files, for the golden tests of other views too.</summary>
    internal static string Goldens { get; } = GoldensFolder();

    private static string GoldensFolder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Goldens");
}
