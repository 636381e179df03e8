using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Notifications;
using GiaVien.Cms.Notifications.Mail;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GiaVien.Cms.Web.Tests.Notifications;

/// <summary>
/// Editors' notifications on each database: a submission reaches those who may publish, a return (with its note) and a
/// publication reach the author, never the one who acted nor another tenant; a bulk publication is one notification;
/// e-mail goes, from the background work, only to those who asked for it, with links on the configured address.
/// </summary>
public abstract class NotificationBehaviour(NotificationsHost host)
{
    private async Task<string> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));
        return name;
    }

    private Task RunBackgroundAsync() => host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

    private static List<MimeMessage> MailTo(string address) =>
        NotificationsHost.Sink.Messages.Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == address))
            .ToList();

    [Fact]
    public async Task Submit_return_and_publish_notify_the_right_people_and_mail_only_those_who_asked()
    {
        var tenant = await NewCommuneAsync();
        var author = await NotificationUser.CreateAsync(host, tenant, "Author");
        var editor = await NotificationUser.CreateAsync(host, tenant, "Editor");
        var contributor = await NotificationUser.CreateAsync(host, tenant, "Contributor");
        var elsewhere = await NotificationUser.CreateAsync(host, "gia-hoa", "Editor");
        await editor.OptInToMailAsync();
        await elsewhere.OptInToMailAsync();

        var title = "Xã Gia Lập ra quân làm đường giao thông nông thôn " + Guid.NewGuid().ToString("N")[..6];
        var id = EditorClient.IdFrom(await author.Client.PostEditorAsync(null, "Submit", EditorClient.News(title)));
        Assert.Equal(1, await editor.UnreadAsync());
        var editorPage = await editor.NotificationsPageAsync();
        Assert.Contains($"{author.UserName} gửi duyệt “{title}”.", editorPage);
        Assert.Contains($"href=\"/{tenant}/admin/content/edit/{id}\"", editorPage);
        foreach (var bystander in new[] { contributor, author, elsewhere })
        {
            Assert.Equal(0, await bystander.UnreadAsync());
            Assert.DoesNotContain(title, await bystander.NotificationsPageAsync());
        }

        var note = "Bổ sung ảnh công trường và ghi rõ nguồn tin.";
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await editor.Client.ActAsync(id, "Return", new() { ["Comment"] = note })).StatusCode);
        Assert.Equal(1, await author.UnreadAsync());
        var authorPage = await author.NotificationsPageAsync();
        Assert.Contains($"{editor.UserName} trả lại “{title}” của bạn.", authorPage);
        Assert.Contains(note, authorPage);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await author.Client.PostEditorAsync(id, "Submit", EditorClient.News(title))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await editor.Client.PostEditorAsync(id, "Publish", EditorClient.News(title))).StatusCode);
        Assert.Equal(2, await author.UnreadAsync());
        Assert.Contains($"{editor.UserName} đã xuất bản “{title}” của bạn.", await author.NotificationsPageAsync());
        Assert.Equal(2, await editor.UnreadAsync());
        Assert.Equal(0, await contributor.UnreadAsync());

        // The background work sends the two submissions to the editor, who asked, and nothing to the others.
        await RunBackgroundAsync();
        var mail = MailTo(editor.Email);
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Equal($"[Xã Gia Lập] Chờ duyệt: {title}", m.Subject));
        Assert.Contains($"{NotificationsHost.PublicBaseUrl}/{tenant}/admin/content/edit/{id}", mail[0].TextBody);
        Assert.DoesNotContain("localhost", mail[0].TextBody);
        Assert.Empty(MailTo(author.Email));
        Assert.Empty(MailTo(contributor.Email));
        Assert.Empty(MailTo(elsewhere.Email));

        await author.MarkFirstReadAsync();
        Assert.Equal(1, await author.UnreadAsync());
        await editor.MarkAllReadAsync();
        Assert.Equal(0, await editor.UnreadAsync());
        Assert.DoesNotContain("(chưa đọc)", await editor.NotificationsPageAsync());
    }

    [Fact]
    public async Task Asking_for_mail_without_an_address_is_refused_in_vietnamese_and_keeps_the_choice()
    {
        var tenant = await NewCommuneAsync();
        var userName = await TenantServices.CreateUserAsync(host, tenant, "Author");
        var user = await EditorClient.SignInAsync(host, "/" + tenant, userName, TenantServices.UserPassword);
        var page = $"/{tenant}/admin/tai-khoan";
        using var refused = await user.Http.PostFormAsync(page, null, [new("NotifyByEmail", "true")]);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Tài khoản của bạn chưa có địa chỉ e-mail", html);
        Assert.Matches("<input type=\"checkbox\" id=\"NotifyByEmail\"[^>]*checked", html);
        Assert.DoesNotMatch("<input type=\"checkbox\" id=\"NotifyByEmail\"[^>]*checked", (await user.Http.GetPageAsync(page)).Html);
    }

    [Fact]
    public async Task A_bulk_publication_of_50_items_is_one_notification_and_one_mail()
    {
        var tenant = await NewCommuneAsync();
        var author = await NotificationUser.CreateAsync(host, tenant, "Author");
        await author.OptInToMailAsync();
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add((await NewsFactory.DraftAsync(host, tenant, $"Bản tin thôn Đông số {i:D2}", author.UserName)).ContentItemId);
        }

        var admin = await EditorClient.SignInAsync(host, "/" + tenant, CmsHost.AdminUserName, CmsHost.AdminPassword);
        using (var response = await admin.BulkAsync("Publish", ids))
        {
            Assert.Contains("Xuất bản: đã thực hiện với 50 nội dung.", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, await author.UnreadAsync());
        var page = await author.NotificationsPageAsync();
        Assert.Contains($"{CmsHost.AdminUserName} đã xuất bản 50 nội dung của bạn.", page);
        Assert.Contains("… và 45 nội dung khác", page);
        Assert.Contains($"href=\"/{tenant}/admin/content/edit/{ids[0]}\"", page);

        await RunBackgroundAsync();
        var mail = Assert.Single(MailTo(author.Email));
        Assert.Equal("[Xã Gia Lập] Đã xuất bản: 50 nội dung", mail.Subject);
        Assert.Contains("Bản tin thôn Đông số 00", mail.TextBody);
    }

    [Fact]
    public async Task A_scheduled_publication_firing_notifies_the_author()
    {
        var tenant = await NewCommuneAsync();
        var author = await NotificationUser.CreateAsync(host, tenant, "Author");
        var title = "Thông báo lịch tiếp công dân tháng sau " + Guid.NewGuid().ToString("N")[..6];
        var id = (await NewsFactory.DraftAsync(host, tenant, title, author.UserName)).ContentItemId;
        await TenantServices.RunAsync(host, tenant, services =>
            services.GetRequiredService<ContentPublisher>().SchedulePublishAsync(id, DateTime.UtcNow.AddMinutes(1), CmsHost.AdminUserName));
        // The time has come: the scheduler's own pass publishes it.
        await TenantServices.RunAsync(host, tenant, async services =>
        {
            await services.GetRequiredService<CmsDbContext>().ContentItems.Where(i => i.ContentItemId == id && i.Latest)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ScheduledPublishUtc, DateTime.UtcNow.AddSeconds(-1)));
            Assert.Equal(1, await services.GetRequiredService<ContentPublisher>().RunDueSchedulesAsync());
        });

        Assert.Equal(1, await author.UnreadAsync());
        Assert.Contains($"Hệ thống (hẹn giờ đăng) đã xuất bản “{title}” của bạn.", await author.NotificationsPageAsync());
    }

    [Fact]
    public async Task Notifications_older_than_the_retention_are_removed_by_the_background_work()
    {
        var tenant = await NewCommuneAsync();
        var author = await NotificationUser.CreateAsync(host, tenant, "Author");
        NotificationRecord Row(string title, int daysAgo) => new()
        {
            UserName = author.UserName, Kind = NotificationKind.Published, Batch = Guid.NewGuid().ToString("N"), ContentItemId = ContentManager.NewId(),
            Title = title, Actor = CmsHost.AdminUserName, CreatedUtc = DateTime.UtcNow.AddDays(-daysAgo),
        };

        await TenantServices.RunAsync(host, tenant, async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            db.Notifications.AddRange(Row("Tin cũ của quý trước", 91), Row("Tin của tuần này", 3));
            await db.SaveChangesAsync();
            var task = services.GetServices<ITenantBackgroundTask>().OfType<NotificationMaintenanceTask>().Single();
            await task.RunAsync(services, CancellationToken.None);
        });

        var page = await author.NotificationsPageAsync();
        Assert.DoesNotContain("Tin cũ của quý trước", page);
        Assert.Contains("Tin của tuần này", page);
        Assert.Equal(1, await author.UnreadAsync());
    }
}

public sealed class SqliteNotificationTests(SqliteNotificationsHost host) : NotificationBehaviour(host), IClassFixture<SqliteNotificationsHost>;

public sealed class PostgreSqlNotificationTests(PostgreSqlNotificationsHost host) : NotificationBehaviour(host), IClassFixture<PostgreSqlNotificationsHost>;
