using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Types;

namespace GiaVien.Cms.Web.Tests.Questions;

/// <summary>A fixed model of the published questions' list ("Hỏi đáp", by lĩnh vực) for <see cref="ThemeGoldenTests"/>.</summary>
public static class QuestionGoldenCases
{
    public static IReadOnlyList<string> Names => ["QuestionList"];

    private static readonly ContentItemViewModel Answered = new("Thủ tục tách thửa đất ở cần những giấy tờ gì?", "/gia-hoa/hoi-dap/thu-tuc-tach-thua-dat-o",
        "Thứ hai, 06/01/2025", "2025-01-06T09:00:00+07:00", new Dictionary<string, object?>
        {
            ["Field"] = "Đất đai",
            ["Question"] = "Gia đình tôi muốn tách thửa đất ở để chia cho con <và cháu>, cần chuẩn bị những giấy tờ gì?",
            ["Unit"] = "Công chức Địa chính – Xây dựng",
            ["AskedDate"] = "2025-01-02",
        }, []);

    private static readonly PagerViewModel OnePage = new(1, 1, null, null, [new(1, "/gia-hoa/hoi-dap", true)]);

    public static (string View, object Model, string Title) Case(string name, SiteViewModel site) => name switch
    {
        "QuestionList" => ("ContentList-HoiDap", new ContentListViewModel(site, "HoiDap", "Hỏi đáp", "/gia-hoa/hoi-dap", "/gia-hoa/hoi-dap/rss.xml", [Answered],
            [new("Field", "Lĩnh vực", "Đất đai", ["Đất đai", "Y tế"])], true, OnePage), "Hỏi đáp"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
