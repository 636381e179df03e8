using GiaVien.Cms.Schedule;

namespace GiaVien.Cms.Tests.Schedule;

public class ScheduleEditsTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 15, 0, DateTimeKind.Utc);

    [Fact]
    public void A_line_changed_after_publication_is_marked_adjusted_and_the_others_are_not()
    {
        var published = new[] { ScheduleSamples.Meeting("a"), ScheduleSamples.Meeting("b", day: 1) };
        var edited = new[] { published[0] with { Location = "Hội trường UBND huyện" }, published[1] };

        var saved = ScheduleEdits.MarkAdjustments(published, edited, Now);

        Assert.Equal(Now, saved.Single(e => e.Id == "a").AdjustedUtc);
        Assert.Null(saved.Single(e => e.Id == "b").AdjustedUtc);
    }

    [Fact]
    public void A_line_added_after_publication_is_adjusted_and_an_earlier_mark_survives_a_later_save()
    {
        var earlier = Now.AddHours(-3);
        var published = new[] { ScheduleSamples.Meeting("a") with { AdjustedUtc = earlier } };
        var edited = new[] { published[0], ScheduleSamples.Meeting("new", day: 2) };

        var saved = ScheduleEdits.MarkAdjustments(published, edited, Now);

        Assert.Equal(earlier, saved.Single(e => e.Id == "a").AdjustedUtc);
        Assert.Equal(Now, saved.Single(e => e.Id == "new").AdjustedUtc);
    }

    [Fact]
    public void Nothing_is_adjusted_before_the_week_was_ever_published()
    {
        var saved = ScheduleEdits.MarkAdjustments(null, [ScheduleSamples.Meeting() with { AdjustedUtc = Now }], Now);
        Assert.Null(Assert.Single(saved).AdjustedUtc);
    }

    [Fact]
    public void Copying_last_week_keeps_each_weekday_and_text_with_new_ids_and_no_adjustment()
    {
        var lastWeek = new[] { ScheduleSamples.Meeting("mon"), ScheduleSamples.Meeting("fri", day: 4) with { AdjustedUtc = Now } };

        var copied = ScheduleEdits.CopyToWeek(lastWeek, ScheduleSamples.Week.Next);

        Assert.Equal([new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11)], copied.Select(e => e.Date));
        Assert.All(copied, e => Assert.Equal("Giao ban Thường trực UBND huyện", e.Content));
        Assert.All(copied, e => Assert.Null(e.AdjustedUtc));
        Assert.DoesNotContain(copied, e => e.Id is "mon" or "fri");
    }

    [Fact]
    public void Lines_read_by_day_with_all_day_lines_before_timed_ones()
    {
        var afternoon = ScheduleSamples.Meeting("pm", time: new TimeOnly(14, 0));
        var allDay = ScheduleSamples.Meeting("all") with { Time = null };
        var tuesday = ScheduleSamples.Meeting("tue", day: 1, time: new TimeOnly(7, 0));
        var morning = ScheduleSamples.Meeting("am", time: new TimeOnly(7, 30));

        Assert.Equal(["all", "am", "pm", "tue"], new[] { tuesday, afternoon, allDay, morning }.InOrder().Select(e => e.Id));
    }
}
