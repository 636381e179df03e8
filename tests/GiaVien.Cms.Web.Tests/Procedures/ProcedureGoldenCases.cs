using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Types;

namespace GiaVien.Cms.Web.Tests.Procedures;

/// <summary>Fixed models of the procedure and disclosure views for <see cref="ThemeGoldenTests"/>.</summary>
public static class ProcedureGoldenCases
{
    public static IReadOnlyList<string> Names => ["ProcedureList", "Procedure", "DisclosureList"];

    private static readonly ContentItemViewModel Birth = Item("Đăng ký khai sinh", "/gia-hoa/thu-tuc-hanh-chinh/dang-ky-khai-sinh", new()
    {
        ["Code"] = "1.001193", ["Sector"] = "Hộ tịch", ["Level"] = "Cấp xã", ["Agency"] = "UBND xã Gia Hòa",
        ["Steps"] = "Bước 1: Nộp tờ khai.\nBước 2: Nhận Giấy khai sinh.", ["Methods"] = "Trực tiếp hoặc trực tuyến.",
        ["Dossier"] = "Tờ khai đăng ký khai sinh.\nGiấy chứng sinh.", ["ProcessingTime"] = "Trong ngày.", ["Fees"] = "Miễn lệ phí.",
        ["LegalBasis"] = "Luật Hộ tịch năm 2014.", ["LegalDocumentLink"] = "/gia-hoa/van-ban/luat-ho-tich",
        ["LegalDocuments"] = new[] { new LinkedItem("Quyết định 15/QĐ-UBND công bố danh mục thủ tục hành chính lĩnh vực hộ tịch", "/gia-hoa/van-ban/quyet-dinh-15-qd-ubnd") },
        ["Forms"] = new[] { new { Url = "/gia-hoa/media/mau/to-khai-khai-sinh.docx", Name = "to-khai-khai-sinh.docx", Kind = "Word" } },
        ["OnlineLevel"] = "Toàn trình", ["PortalUrl"] = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
    });

    private static readonly ContentItemViewModel Copy = Item("Chứng thực bản sao từ bản chính", "/gia-hoa/thu-tuc-hanh-chinh/chung-thuc-ban-sao", new()
    {
        ["Code"] = "2.000815", ["Sector"] = "Chứng thực", ["Level"] = "Cấp xã", ["Agency"] = "UBND xã Gia Hòa", ["PortalUrl"] = "javascript:alert(1)",
    });

    private static readonly ContentItemViewModel Budget = Item("Công khai dự toán ngân sách xã năm 2025", "/gia-hoa/cong-khai/du-toan-2025", new()
    {
        ["Category"] = "Công khai ngân sách", ["Year"] = 2025m,
        ["Files"] = new[] { new { Url = "/gia-hoa/media/cong-khai/du-toan-2025.pdf", Name = "du-toan-2025.pdf", Kind = "PDF" } },
    });

    private static ContentItemViewModel Item(string title, string url, Dictionary<string, object?> fields) =>
        new(title, url, "Thứ hai, 06/01/2025", "2025-01-06T09:00:00+07:00", fields, []);

    private static readonly PagerViewModel OnePage = new(1, 1, null, null, [new(1, "/gia-hoa/thu-tuc-hanh-chinh", true)]);

    public static (string View, object Model, string Title) Case(string name, SiteViewModel site) => name switch
    {
        "ProcedureList" => ("ContentList-ThuTucHanhChinh", new ContentListViewModel(site, "ThuTucHanhChinh", "Thủ tục hành chính", "/gia-hoa/thu-tuc-hanh-chinh",
            "/gia-hoa/thu-tuc-hanh-chinh/rss.xml", [Birth, Copy],
            [new("Sector", "Lĩnh vực", "Hộ tịch", ["Hộ tịch", "Chứng thực"]), new("Level", "Cấp thực hiện", "", ["Cấp xã", "Cấp huyện"])], true, OnePage), "Thủ tục hành chính"),
        "Procedure" => ("Content-ThuTucHanhChinh", new ContentViewModel(site, "ThuTucHanhChinh", "Thủ tục hành chính", "/gia-hoa/thu-tuc-hanh-chinh", Birth), Birth.Title),
        "DisclosureList" => ("ContentList-CongKhai", new ContentListViewModel(site, "CongKhai", "Công khai", "/gia-hoa/cong-khai", "/gia-hoa/cong-khai/rss.xml", [Budget],
            [new("Category", "Loại công khai", "", ["Công khai ngân sách", "Thống kê"]), new("Year", "Năm", "2025", [])], true, OnePage), "Công khai"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
