using System.Globalization;

namespace GiaVien.Cms.Content.Text;

/// <summary>Dates on English pages, in Việt Nam's time zone like the Vietnamese ones: "Wednesday, 4 October 2023".</summary>
public static class EnglishDates
{
    public static string DateLine(DateTime utc) =>
        VietnameseDates.ToVietnamTime(utc).ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);
}
