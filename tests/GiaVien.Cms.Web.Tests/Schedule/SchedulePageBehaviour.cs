using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Schedule;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Schedule;

/// <summary>
/// "Lịch công tác" on a running tenant: the week a resident opens (today marked, week links, a wrong week refused),
/// a change after publication marked "Điều chỉnh", the iCalendar feed, and a week started from the previous one.
/// </summary>
public abstract partial class SchedulePageBehaviour(DemoHost host)
{
    // The host's day (its clock reads midday in Việt Nam), not the machine's: read once per class, the machine's day was
    // yesterday's for the tests that ran after Vietnamese midnight.
    private DateOnly Today => VietnamTime.Today(host.TimeProvider);

    private IsoWeek ThisWeek => IsoWeek.Of(Today);

    private async Task<(string Tenant, HttpClient Admin)> TenantWithScheduleAsync()
    {
        var (tenant, admin) = await ScheduleTenants.CreateAsync(host, "UBND xã Gia Trung");
        return (tenant, admin.Http);
    }

    private Task SaveAsync(string tenant, IsoWeek week, IReadOnlyList<ScheduleEntry> entries, bool publish) =>
        TenantServices.RunAsync(host, tenant, services =>
            services.GetRequiredService<ScheduleWeekEditor>().SaveAsync(week, entries, publish, CmsHost.AdminUserName, CancellationToken.None));

    private static ScheduleEntry Line(string content, DateOnly date, TimeOnly? time) => new()
    {
        Id = ScheduleEntry.NewId(),
        Date = date,
        Time = time,
        Content = content,
        Host = "Chủ tịch UBND xã",
        Location = "Hội trường UBND xã",
        Participants = "Trưởng các thôn",
        PreparedBy = "Văn phòng - Thống kê",
    };

    private DateOnly OtherDayThisWeek => Today == ThisWeek.Monday ? ThisWeek.Monday.AddDays(1) : ThisWeek.Monday;

    [Fact]
    public async Task A_resident_sees_this_week_with_today_marked_moves_between_weeks_and_a_wrong_week_is_refused()
    {
        var (tenant, admin) = await TenantWithScheduleAsync();
        await SaveAsync(tenant, ThisWeek, [Line("Họp giao ban đầu tuần", OtherDayThisWeek, new TimeOnly(7, 30)), Line("Tiếp công dân định kỳ", Today, null)], publish: true);

        using var anonymous = host.CreateClient();
        var html = await anonymous.GetStringAsync($"/{tenant}/lich-cong-tac");
        Assert.Contains(ScheduleWeeks.TitleOf(ThisWeek), html, StringComparison.Ordinal);
        var todayGroup = TodayGroup().Match(html);
        Assert.True(todayGroup.Success, "today's day has no highlighted row group");
        Assert.Contains(VietnameseDates.DateLine(VietnameseDates.StartOfDayUtc(Today)), todayGroup.Value, StringComparison.Ordinal);
        Assert.Contains("Tiếp công dân định kỳ", todayGroup.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Họp giao ban đầu tuần", todayGroup.Value, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{tenant}/lich-cong-tac?tuan={ThisWeek.Next}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Điều chỉnh", html, StringComparison.Ordinal);

        var next = await anonymous.GetStringAsync($"/{tenant}/lich-cong-tac?tuan={ThisWeek.Next}");
        Assert.Contains(ScheduleWeeks.TitleOf(ThisWeek.Next), next, StringComparison.Ordinal);
        Assert.Contains("Chưa có lịch công tác được đăng cho tuần này.", next, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{tenant}/lich-cong-tac?tuan={ThisWeek}\"", next, StringComparison.Ordinal);

        using var wrong = await anonymous.GetAsync($"/{tenant}/lich-cong-tac?tuan=2025-W53");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Tuần “2025-W53” không hợp lệ.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_changed_after_publication_is_marked_Dieu_chinh_and_keeps_its_calendar_UID()
    {
        var (tenant, _) = await TenantWithScheduleAsync();
        var meeting = Line("Họp giao ban đầu tuần", OtherDayThisWeek, new TimeOnly(7, 30));
        var reception = Line("Tiếp công dân định kỳ", Today, null);
        await SaveAsync(tenant, ThisWeek, [meeting, reception], publish: true);
        using var anonymous = host.CreateClient();
        var uidBefore = Calendar.Load(await anonymous.GetStringAsync($"/{tenant}/lich-cong-tac.ics"))!.Events.Single(e => e.Summary == meeting.Content).Uid;

        await SaveAsync(tenant, ThisWeek, [meeting with { Time = new TimeOnly(14, 0), Location = "Phòng họp số 2" }, reception], publish: true);

        var html = await anonymous.GetStringAsync($"/{tenant}/lich-cong-tac");
        var adjusted = Regex.Matches(html, "<span class=\"schedule-adjusted\">Điều chỉnh lúc (Thứ [^<]+|Chủ nhật[^<]+)</span>");
        Assert.Single(adjusted);
        Assert.Contains("Phòng họp số 2", html, StringComparison.Ordinal);

        using var feed = await anonymous.GetAsync($"/{tenant}/lich-cong-tac.ics");
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.Equal(VietnamTime.ZoneId, Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(2, calendar.Events.Count);
        var moved = calendar.Events.Single(e => e.Summary == meeting.Content);
        Assert.Equal(uidBefore, moved.Uid);
        Assert.Equal(OtherDayThisWeek.ToDateTime(new TimeOnly(14, 0)), moved.DtStart!.Value);
        Assert.Equal(VietnamTime.ZoneId, moved.DtStart.TzId);
        Assert.Equal("Phòng họp số 2", moved.Location);
    }

    [Fact]
    public async Task An_editor_starts_a_week_from_the_previous_one_on_the_same_weekdays()
    {
        var (tenant, _) = await TenantWithScheduleAsync();
        var lastWeek = ThisWeek.Previous;
        await SaveAsync(tenant, lastWeek, [Line("Kiểm tra công tác phòng cháy chữa cháy", lastWeek.Monday.AddDays(2), new TimeOnly(8, 0))], publish: false);

        var copied = await TenantServices.RunAsync(host, tenant, services =>
            services.GetRequiredService<ScheduleWeekEditor>().CopyPreviousAsync(ThisWeek, CancellationToken.None));

        var line = Assert.Single(copied);
        Assert.Equal(ThisWeek.Monday.AddDays(2), line.Date);
        Assert.Equal("Kiểm tra công tác phòng cháy chữa cháy", line.Content);
    }

    [Fact]
    public async Task Without_the_feature_the_schedule_and_its_feed_are_not_found()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Minh", name, [], null));
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{name}/lich-cong-tac")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{name}/lich-cong-tac.ics")).StatusCode);
    }

    [GeneratedRegex("<tbody class=\"schedule-today\" aria-current=\"date\">.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex TodayGroup();
}

public sealed class SqliteSchedulePageTests(SqliteMiddayHost host) : SchedulePageBehaviour(host), IClassFixture<SqliteMiddayHost>;
