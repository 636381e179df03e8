using System.Globalization;

namespace GiaVien.Cms.Content.Text;

/// <summary>Dates as Vietnamese portals print them, in Việt Nam's time zone.</summary>
public static class VietnameseDates
{
    // The vi-VN culture capitalises these differently from the portals ("Thứ Tư"); the portals' form is ours.
    private static readonly string[] Weekdays = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];

    /// <summary>Asia/Ho_Chi_Minh; Việt Nam has kept UTC+7 without daylight saving since 1975, so a fixed zone is exact when tzdata is missing.</summary>
    public static TimeZoneInfo VietnamTimeZone { get; } = FindVietnamTimeZone();

    public static DateTime ToVietnamTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTimeZone);

    /// <summary>"Thứ tư, 04/10/2023": the weekday is chosen after converting to Việt Nam time.</summary>
    public static string DateLine(DateTime utc)
    {
        var local = ToVietnamTime(utc);
        return $"{Weekdays[(int)local.DayOfWeek]}, {local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Thứ tư, 04/10/2023 09:15" (24-hour clock).</summary>
    public static string DateTimeLine(DateTime utc) =>
        $"{DateLine(utc)} {ToVietnamTime(utc).ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>The UTC instant a day starts in Việt Nam.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTimeZone);

    private static TimeZoneInfo FindVietnamTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "ICT");
        }
    }
}
