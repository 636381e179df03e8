using GiaVien.Cms.Schedule;

namespace GiaVien.Cms.Tests.Schedule;

public class IsoWeekTests
{
    [Fact]
    public void Week_49_of_2026_runs_from_Monday_30_November_to_Sunday_6_December()
    {
        Assert.True(IsoWeek.TryParse("2026-W49", out var week));
        Assert.Equal(new DateOnly(2026, 11, 30), week.Monday);
        Assert.Equal(new DateOnly(2026, 12, 6), week.Days.Last());
        Assert.Equal("2026-W49", week.ToString());
    }

    [Fact]
    public void Navigation_crosses_the_year_boundary()
    {
        Assert.True(IsoWeek.TryParse("2026-W53", out var last));
        Assert.Equal("2027-W01", last.Next.ToString());
        Assert.Equal("2026-W53", last.Next.Previous.ToString());
        // 1 January 2027 is a Friday: it still belongs to week 53 of 2026.
        Assert.Equal(last, IsoWeek.Of(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData("2025-W53")] // 2025 has 52 ISO weeks
    [InlineData("2026-W00")]
    [InlineData("2026-49")]
    [InlineData("2026-W4")]
    [InlineData("tuần này")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_an_existing_ISO_week_is_refused(string? text) => Assert.False(IsoWeek.TryParse(text, out _));

    [Fact]
    public void Today_is_read_in_Vietnam_time_not_in_UTC()
    {
        // 18:30 UTC on Sunday 6/12 is already 01:30 on Monday 7/12 in Gia Viễn: a new week has begun there.
        var clock = new ScheduleSamples.StoppedClock(new DateTimeOffset(2026, 12, 6, 18, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 7), VietnamTime.Today(clock));
        Assert.Equal("2026-W50", IsoWeek.Of(VietnamTime.Today(clock)).ToString());
    }
}
