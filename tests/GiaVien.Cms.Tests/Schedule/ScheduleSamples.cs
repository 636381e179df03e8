using GiaVien.Cms.Schedule;

namespace GiaVien.Cms.Tests.Schedule;

/// <summary>A small invented week (2026-W49, Monday 30/11/2026) the schedule tests share.</summary>
internal static class ScheduleSamples
{
    public static readonly IsoWeek Week = new(2026, 49);

    public static ScheduleEntry Meeting(string id = "giao-ban", int day = 0, TimeOnly? time = null) => new()
    {
        Id = id,
        Date = Week.Monday.AddDays(day),
        Time = time ?? new TimeOnly(7, 30),
        Content = "Giao ban Thường trực UBND huyện",
        Host = "Chủ tịch UBND huyện",
        Location = "Phòng họp tầng 2, UBND huyện",
        Participants = "Các Phó Chủ tịch UBND huyện; Chánh Văn phòng",
        PreparedBy = "Văn phòng HĐND và UBND huyện",
    };

    /// <summary>A clock stopped at one instant, so "today" is a fact of the test, not of when it runs.</summary>
    public sealed class StoppedClock(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }
}
