using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Schedule;

/// <summary>
/// The schedule is kept in the time of the district (UTC+7, no daylight saving), whatever the server's own zone:
/// "today" on the page and the events of the feed are read there.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(VietnameseDates.ToVietnamTime(clock.GetUtcNow().UtcDateTime));
}
