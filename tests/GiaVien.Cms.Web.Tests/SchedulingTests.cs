using System.Globalization;
using System.Net;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A demo host whose clock the test moves: scheduled publishing happens without anyone visiting.</summary>
public sealed class FakeClockHost() : DemoHost(DatabaseProvider.Sqlite, services => services.AddSingleton<TimeProvider>(Clock))
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);
}

public sealed class SchedulingTests(FakeClockHost host) : IClassFixture<FakeClockHost>
{
    private static string VietnamTime(DateTimeOffset utc) =>
        VietnameseDates.ToVietnamTime(utc.UtcDateTime).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private Task RunBackgroundAsync() => host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

    [Fact]
    public async Task Scheduled_publishing_and_unpublishing_happen_at_their_time_without_a_visitor()
    {
        var admin = await EditorClient.SignInAsync(host, "/mat-tran", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var title = "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư " + Guid.NewGuid().ToString("N")[..6];
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Save", EditorClient.News(title)));
        var now = FakeClockHost.Clock.GetUtcNow();

        using var scheduled = await admin.ActAsync(id, "SchedulePublish", new() { ["ScheduleAt"] = VietnamTime(now.AddHours(2)) });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains("Hẹn giờ đăng", (await admin.Http.GetPageAsync($"/mat-tran/admin/content/edit/{id}")).Html);

        FakeClockHost.Clock.Advance(TimeSpan.FromHours(1));
        await RunBackgroundAsync();
        Assert.DoesNotContain(title, (await host.Browser().GetPageAsync("/mat-tran/")).Html);

        FakeClockHost.Clock.Advance(TimeSpan.FromHours(1.1));
        await RunBackgroundAsync();
        Assert.Contains(title, (await host.Browser().GetPageAsync("/mat-tran/")).Html);

        using var unpublishLater = await admin.ActAsync(id, "ScheduleUnpublish", new() { ["ScheduleAt"] = VietnamTime(FakeClockHost.Clock.GetUtcNow().AddDays(1)) });
        Assert.Equal(HttpStatusCode.Redirect, unpublishLater.StatusCode);
        FakeClockHost.Clock.Advance(TimeSpan.FromDays(1.01));
        await RunBackgroundAsync();
        Assert.DoesNotContain(title, (await host.Browser().GetPageAsync("/mat-tran/")).Html);
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused()
    {
        var admin = await EditorClient.SignInAsync(host, "/mat-tran", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var id = EditorClient.IdFrom(await admin.PostEditorAsync(null, "Save", EditorClient.News("Hẹn giờ vào quá khứ")));

        using var response = await admin.ActAsync(id, "SchedulePublish", new() { ["ScheduleAt"] = VietnamTime(FakeClockHost.Clock.GetUtcNow().AddHours(-1)) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Thời điểm hẹn giờ phải ở tương lai.", await response.Content.ReadAsStringAsync());
    }
}
