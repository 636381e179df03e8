using GiaVien.Cms.Schedule;
using Ical.Net;

namespace GiaVien.Cms.Tests.Schedule;

public class ScheduleCalendarTests
{
    private const string Domain = "giavien.ninhbinh.gov.vn";

    [Fact]
    public void The_feed_parses_back_as_iCalendar_with_Vietnam_time_and_every_field()
    {
        var allDay = ScheduleSamples.Meeting("tiep-dan", day: 3) with { Time = null, Content = "Tiếp công dân định kỳ" };
        var ics = ScheduleCalendar.Write([ScheduleSamples.Meeting(), allDay], "Lịch công tác UBND huyện Gia Viễn", Domain);

        var calendar = Calendar.Load(ics)!;

        Assert.Equal(VietnamTime.ZoneId, Assert.Single(calendar.TimeZones).TzId);
        var meeting = calendar.Events.Single(e => e.Uid == "giao-ban@" + Domain);
        Assert.Equal("Giao ban Thường trực UBND huyện", meeting.Summary);
        Assert.Equal("Phòng họp tầng 2, UBND huyện", meeting.Location);
        Assert.Contains("Chủ trì: Chủ tịch UBND huyện", meeting.Description);
        Assert.Contains("Đơn vị chuẩn bị: Văn phòng HĐND và UBND huyện", meeting.Description);
        Assert.Equal(VietnamTime.ZoneId, meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 30, 7, 30, 0), meeting.DtStart.Value);
        // 07:30 in Gia Viễn is 00:30 UTC.
        Assert.Equal(new DateTime(2026, 11, 30, 0, 30, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);

        var day = calendar.Events.Single(e => e.Uid == "tiep-dan@" + Domain);
        Assert.False(day.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 12, 3), day.DtStart.Date);
    }

    [Fact]
    public void An_edited_line_keeps_its_UID_so_calendars_update_the_event_instead_of_adding_one()
    {
        var before = ScheduleSamples.Meeting();
        var after = before with { Time = new TimeOnly(14, 0), Location = "Hội trường UBND huyện" };

        var uidBefore = Assert.Single(Calendar.Load(ScheduleCalendar.Write([before], "Lịch", Domain))!.Events).Uid;
        var edited = Assert.Single(Calendar.Load(ScheduleCalendar.Write([after], "Lịch", Domain))!.Events);

        Assert.Equal(uidBefore, edited.Uid);
        Assert.Equal(new DateTime(2026, 11, 30, 14, 0, 0), edited.DtStart!.Value);
    }
}
