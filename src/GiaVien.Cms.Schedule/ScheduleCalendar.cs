using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace GiaVien.Cms.Schedule;

/// <summary>
/// The iCalendar feed (<c>/lich-cong-tac.ics</c>): one event per line, in Vietnam time with its VTIMEZONE, a line with
/// a time lasting <see cref="AssumedLength"/> (the schedule gives no end), a line without one all day.
/// </summary>
public static class ScheduleCalendar
{
    /// <summary>The schedule says when a meeting starts, not when it ends; calendars need an end, so an hour is assumed.</summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(1);

    /// <param name="uidDomain">The tenant's host and path, so UIDs stay unique across tenants and the same across edits.</param>
    public static string Write(IEnumerable<ScheduleEntry> entries, string calendarName, string uidDomain)
    {
        var calendar = new Calendar { ProductId = "-//GiaVien.Cms//Lich cong tac//VI" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", VietnamTime.ZoneId);
        calendar.AddTimeZone(new VTimeZone(VietnamTime.ZoneId));
        foreach (var entry in entries.InOrder())
        {
            calendar.Events.Add(ToEvent(entry, uidDomain));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent ToEvent(ScheduleEntry entry, string uidDomain)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{entry.Id}@{uidDomain}",
            Summary = entry.Content,
            Location = string.IsNullOrWhiteSpace(entry.Location) ? null : entry.Location,
            Description = Describe(entry),
        };
        if (entry.Time is { } time)
        {
            var start = entry.Date.ToDateTime(time);
            calendarEvent.DtStart = new CalDateTime(start, VietnamTime.ZoneId);
            calendarEvent.DtEnd = new CalDateTime(start + AssumedLength, VietnamTime.ZoneId);
        }
        else
        {
            calendarEvent.DtStart = new CalDateTime(entry.Date);
            calendarEvent.DtEnd = new CalDateTime(entry.Date.AddDays(1));
        }

        return calendarEvent;
    }

    private static string Describe(ScheduleEntry entry) => string.Join("\n", new[]
    {
        Line("Chủ trì", entry.Host),
        Line("Thành phần", entry.Participants),
        Line("Đơn vị chuẩn bị", entry.PreparedBy),
        entry.AdjustedUtc is null ? null : "Điều chỉnh",
    }.OfType<string>());

    private static string? Line(string label, string value) => string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}";
}
