using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Schedule;

namespace GiaVien.Cms.Web.Site.Schedule;

/// <summary>
/// "Lịch công tác" at <c>/lich-cong-tac?tuan=2026-W49</c> (the current week in Vietnam time without <c>tuan</c>) and its
/// iCalendar feed. A malformed or non-existent week is a 400 page saying so with a link to this week: a redirect would
/// hide a wrong link from whoever wrote it.
/// </summary>
public static class SchedulePage
{
    public const string WeekParameter = "tuan";

    public static async Task<IResult> WeekAsync(HttpContext context, ScheduleWeeks weeks, PageRenderer renderer, TimeProvider clock)
    {
        if (!await weeks.EnabledAsync(context.RequestAborted))
        {
            return await renderer.NotFoundAsync(context);
        }

        var site = await renderer.SiteAsync(context);
        var today = VietnamTime.Today(clock);
        var requested = context.Request.Query[WeekParameter].ToString();
        var page = renderer.Metadata(context, "Lịch công tác");
        var pageUrl = site.BasePath + ScheduleFeature.PublicPath;
        if (requested.Length > 0 && !IsoWeek.TryParse(requested, out _))
        {
            var error = $"Tuần “{requested}” không hợp lệ. Hãy ghi tuần theo dạng năm-W số tuần, ví dụ {IsoWeek.Of(today)}.";
            return await renderer.PageAsync("ScheduleWeek", ScheduleWeekViewModel.Invalid(site, error, pageUrl), site, page, StatusCodes.Status400BadRequest);
        }

        var week = requested.Length > 0 && IsoWeek.TryParse(requested, out var parsed) ? parsed : IsoWeek.Of(today);
        var entries = await weeks.PublishedEntriesAsync(week, context.RequestAborted);
        return await renderer.PageAsync("ScheduleWeek", ScheduleWeekViewModel.Of(site, week, today, entries, pageUrl), site, page);
    }

    /// <summary>Last week, this week and the next (what a subscribed calendar needs), as <c>text/calendar</c>.</summary>
    public static async Task<IResult> FeedAsync(HttpContext context, ScheduleWeeks weeks, PageRenderer renderer, TimeProvider clock)
    {
        if (!await weeks.EnabledAsync(context.RequestAborted))
        {
            return Results.NotFound();
        }

        var site = await renderer.SiteAsync(context);
        var current = IsoWeek.Of(VietnamTime.Today(clock));
        var entries = new List<ScheduleEntry>();
        foreach (var week in new[] { current.Previous, current, current.Next })
        {
            entries.AddRange(await weeks.PublishedEntriesAsync(week, context.RequestAborted));
        }

        var uidDomain = context.Request.Host.Host + site.BasePath;
        return Results.Text(ScheduleCalendar.Write(entries, $"Lịch công tác – {site.SiteName}", uidDomain), "text/calendar; charset=utf-8", System.Text.Encoding.UTF8);
    }
}

/// <summary>What <c>ScheduleWeek.liquid</c> shows: the week's days (today marked) with their lines, and the week links.</summary>
public sealed record ScheduleWeekViewModel(SiteViewModel Site, string? Error, string Heading, string CurrentUrl, string? PreviousUrl, string? NextUrl,
    string FeedUrl, IReadOnlyList<ScheduleDayViewModel> Days)
{
    public bool IsEmpty => Days.All(d => d.Entries.Count == 0);

    public static ScheduleWeekViewModel Invalid(SiteViewModel site, string error, string pageUrl) =>
        new(site, error, "Lịch công tác", pageUrl, null, null, pageUrl + ".ics", []);

    public static ScheduleWeekViewModel Of(SiteViewModel site, IsoWeek week, DateOnly today, IReadOnlyList<ScheduleEntry> entries, string pageUrl)
    {
        var days = week.Days.Select(day => new ScheduleDayViewModel(
            VietnameseDates.DateLine(VietnameseDates.StartOfDayUtc(day)), day == today,
            [.. entries.Where(e => e.Date == day).Select(ScheduleLineViewModel.Of)])).ToList();
        string WeekUrl(IsoWeek w) => $"{pageUrl}?{SchedulePage.WeekParameter}={w}";
        return new(site, null, ScheduleWeeks.TitleOf(week), pageUrl, WeekUrl(week.Previous), WeekUrl(week.Next), pageUrl + ".ics", days);
    }
}

public sealed record ScheduleDayViewModel(string DateLine, bool IsToday, IReadOnlyList<ScheduleLineViewModel> Entries);

public sealed record ScheduleLineViewModel(string Time, string Content, string Host, string Location, string Participants, string PreparedBy, string? AdjustedLine)
{
    public static ScheduleLineViewModel Of(ScheduleEntry entry) => new(
        entry.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "Cả ngày",
        entry.Content, entry.Host, entry.Location, entry.Participants, entry.PreparedBy,
        entry.AdjustedUtc is { } adjusted ? VietnameseDates.DateTimeLine(adjusted) : null);
}
