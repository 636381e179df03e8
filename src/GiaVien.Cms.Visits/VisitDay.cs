using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Visits;

/// <summary>Views are counted by the day in Việt Nam, as residents see the date.</summary>
public static class VisitDay
{
    public static DateOnly Of(DateTimeOffset now) => DateOnly.FromDateTime(VietnameseDates.ToVietnamTime(now.UtcDateTime));
}
