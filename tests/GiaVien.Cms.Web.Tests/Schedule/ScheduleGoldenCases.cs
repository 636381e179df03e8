using GiaVien.Cms.Schedule;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Schedule;

namespace GiaVien.Cms.Web.Tests.Schedule;

/// <summary>
/// A fixed published week of "Lịch công tác" for <see cref="ThemeGoldenTests"/>: week 49 of 2026 seen on its Wednesday,
/// with an all-day line, two lines on one day, a line marked "Điều chỉnh", markup typed into a cell, and empty days.
/// </summary>
public static class ScheduleGoldenCases
{
    public static IReadOnlyList<string> Names => ["ScheduleWeek"];

    private static readonly IsoWeek Week = new(2026, 49);

    private static ScheduleEntry Line(string id, int weekday, TimeOnly? time, string content, string host, string location) => new()
    {
        Id = id,
        Date = Week.Monday.AddDays(weekday - 1),
        Time = time,
        Content = content,
        Host = host,
        Location = location,
        Participants = "Thường trực Đảng ủy, HĐND, UBND xã",
        PreparedBy = "Văn phòng - Thống kê",
    };

    private static readonly IReadOnlyList<ScheduleEntry> Entries =
    [
        Line("a1", 1, new TimeOnly(7, 30), "Giao ban đầu tuần", "Chủ tịch UBND xã", "Phòng họp UBND xã"),
        Line("a2", 1, new TimeOnly(14, 0), "Kiểm tra công trình nhà văn hóa thôn <Đông Thịnh>", "Phó Chủ tịch UBND xã", "Thôn Đông Thịnh"),
        Line("a3", 3, null, "Tiếp công dân định kỳ", "Chủ tịch UBND xã", "Phòng Tiếp công dân") with { AdjustedUtc = new DateTime(2026, 12, 1, 9, 5, 0, DateTimeKind.Utc) },
        Line("a4", 5, new TimeOnly(8, 0), "Hội nghị sơ kết công tác dân số", "Phó Chủ tịch UBND xã", "Hội trường UBND xã"),
    ];

    public static (string View, object Model, string Title) Case(string name, SiteViewModel site) => name switch
    {
        "ScheduleWeek" => ("ScheduleWeek", ScheduleWeekViewModel.Of(site, Week, Week.Monday.AddDays(2), Entries, "/gia-hoa/lich-cong-tac"), "Lịch công tác"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
