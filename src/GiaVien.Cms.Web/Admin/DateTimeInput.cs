using System.Globalization;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Web.Admin;

/// <summary>
/// A date-time field in the editor is a date input and an optional time input of the same name, in Việt Nam time:
/// the form posts "2023-10-04,09:15" (or "2023-10-04," without a time). Stored as a UTC instant, or as the day alone
/// when the time was left out (see <see cref="DisplayDates"/>).
/// </summary>
public static class DateTimeInput
{
    private const string LocalFormat = "yyyy-MM-dd HH:mm";

    /// <summary>The stored value of what was typed (null when both inputs are empty); false when it is not a date.</summary>
    public static bool TryParse(string posted, out string? stored)
    {
        stored = null;
        var parts = posted.Split(',', 2, StringSplitOptions.TrimEntries);
        var (day, time) = (parts[0], parts.Length > 1 ? parts[1] : "");
        if (day.Length == 0)
        {
            return time.Length == 0;
        }

        if (time.Length == 0)
        {
            stored = DisplayDates.IsDay(day) ? day : null;
            return stored is not null;
        }

        if (!DateTime.TryParseExact($"{day} {time}", LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        stored = TimeZoneInfo.ConvertTimeToUtc(local, VietnameseDates.VietnamTimeZone).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A stored value as the inputs show it: "2023-10-04,09:15" in Việt Nam time, "2023-10-04," for a day alone.</summary>
    public static string Format(string? stored) =>
        DisplayDates.IsDay(stored) ? stored + ","
        : DisplayDates.Parse(stored) is { } utc ? VietnameseDates.ToVietnamTime(utc).ToString("yyyy-MM-dd,HH:mm", CultureInfo.InvariantCulture)
        : "";

    /// <summary>The day and time parts of <see cref="EditorField.Value"/>, for the two inputs.</summary>
    public static (string Day, string Time) Split(string value) =>
        value.Split(',', 2, StringSplitOptions.TrimEntries) is [var day, var time] ? (day, time) : (value, "");
}
