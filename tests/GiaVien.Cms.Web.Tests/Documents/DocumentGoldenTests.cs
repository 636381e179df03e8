using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Documents;

namespace GiaVien.Cms.Web.Tests.Documents;

/// <summary>
/// Golden files of the "Văn bản" views (<c>Goldens/ContentList-VanBan.html</c>, <c>Goldens/Content-VanBan.html</c>), with
/// the site, nonce and renderer of <see cref="ThemeGoldenTests"/>; regenerated the same way (GIAVIEN_UPDATE_GOLDENS=1).
/// </summary>
public sealed class DocumentGoldenTests
{
    private static readonly DocumentRowViewModel Decision = new("Quyết định 125/QĐ-UBND phê duyệt kế hoạch nạo vét kênh mương",
        "/gia-hoa/van-ban/quyet-dinh-125", "125/QĐ-UBND", "Quyết định", "2023-12-20", "Thứ tư, 20/12/2023",
        "Phê duyệt kế hoạch nạo vét 14 tuyến kênh cấp III <vụ Xuân>.", "Còn hiệu lực",
        [new("/gia-hoa/media/van-ban/qd-125.pdf", "qd-125.pdf", "PDF", "23 KB", true), new("/gia-hoa/media/van-ban/phu-luc.xlsx", "phu-luc.xlsx", "Excel", "1,4 MB", false)]);

    private static readonly DocumentRowViewModel Replaced = new("Quyết định 98/QĐ-UBND ban hành Quy chế tiếp nhận phản ánh",
        "/gia-hoa/van-ban/quyet-dinh-98", "98/QĐ-UBND", "Quyết định", "2022-03-14", "Thứ hai, 14/03/2022",
        "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị.", "Hết hiệu lực", []);

    public static TheoryData<string> Views => ["ContentList-VanBan", "Content-VanBan"];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_document_view_renders_as_its_golden_file(string view)
    {
        var (model, page) = Case(view);
        var layout = new LayoutViewModel(ThemeGoldenTests.Site, page);
        var html = await ThemeGoldenTests.Renderer.RenderPageAsync(view, model, layout, productHead: PageHead.Html(layout, ThemeGoldenTests.Nonce));

        var golden = Path.Combine(ThemeGoldenTests.Goldens, view + ".html");
        if (Environment.GetEnvironmentVariable("GIAVIEN_UPDATE_GOLDENS") == "1")
        {
            await File.WriteAllTextAsync(golden, html);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}: run with GIAVIEN_UPDATE_GOLDENS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(golden), html);
    }

    private static (object Model, PageMetadata Page) Case(string view) => view switch
    {
        "ContentList-VanBan" => (new DocumentListViewModel(ThemeGoldenTests.Site, "Văn bản", "/gia-hoa/van-ban", "/gia-hoa/van-ban/rss.xml", 12, [Decision, Replaced],
            [
                new("LoaiVanBan", "Loại văn bản", "quyet-dinh", [new("quyet-dinh", "Quyết định"), new("nghi-quyet", "Nghị quyết")]),
                new("Nam", "Năm ban hành", "", [new("2023", "2023"), new("2022", "2022")]),
            ], true,
            new PagerViewModel(1, 2, null, "/gia-hoa/van-ban?trang=2&LoaiVanBan=quyet-dinh",
                [new(1, "/gia-hoa/van-ban?LoaiVanBan=quyet-dinh", true), new(2, "/gia-hoa/van-ban?trang=2&LoaiVanBan=quyet-dinh", false)])),
            ThemeGoldenTests.Page("Văn bản")),
        "Content-VanBan" => (new DocumentViewModel(ThemeGoldenTests.Site, "/gia-hoa/van-ban", "Văn bản", Decision, "UBND xã", "Chủ tịch Đinh Văn Quang", "Nông nghiệp",
            "Thứ tư, 20/12/2023", "2023-12-20", null, null,
            [new("Thay thế văn bản", [new LinkViewModel("98/QĐ-UBND: Quyết định 98/QĐ-UBND", "/gia-hoa/van-ban/quyet-dinh-98")])]),
            ThemeGoldenTests.Page(Decision.Title)),
        _ => throw new ArgumentOutOfRangeException(nameof(view)),
    };
}
