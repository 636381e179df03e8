namespace GiaVien.Cms.Schedule;

/// <summary>
/// The schedule is kept in the time of the district (UTC+7, no daylight saving), whatever the server's own zone:
/// "today" on the page and the events of the feed are read there.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime Now(TimeProvider clock) => TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));
}
