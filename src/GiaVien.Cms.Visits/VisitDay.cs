using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Visits;

/// <summary>Views are counted by the day in Việt Nam, as residents see the date.</summary>
public static class VisitDay
{
    private sealed record Minute(long Number, DateOnly Day);

    // Every counted request asks; converting time zones each time showed in the cached-page A/B. Việt Nam's midnight
    // falls on a whole minute of UTC, so the day found for a minute holds for all of it.
    private static volatile Minute? _last;

    public static DateOnly Of(DateTimeOffset now)
    {
        var number = now.UtcTicks / TimeSpan.TicksPerMinute;
        if (_last is { } last && last.Number == number)
        {
            return last.Day;
        }

        var day = DateOnly.FromDateTime(VietnameseDates.ToVietnamTime(now.UtcDateTime));
        _last = new Minute(number, day);
        return day;
    }
}
