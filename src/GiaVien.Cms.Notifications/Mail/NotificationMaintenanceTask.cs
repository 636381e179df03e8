using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Notifications;
using GiaVien.Cms.Notifications.Reading;
using GiaVien.Cms.Questions;
using GiaVien.Cms.Questions.Mail;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Notifications.Mail;

/// <summary>
/// Per tenant, in the background (never on the request that caused the event): sends each due notification as one
/// e-mail per recipient and batch, retrying a failure after 2, 4, 8… minutes up to <see cref="MaxAttempts"/>, and
/// removes notifications older than <c>Cms:Notifications:Retention</c>. A workflow event writes the audit trail,
/// which makes the tenant's background work due at once.
/// </summary>
public sealed class NotificationMaintenanceTask(
    IOptions<NotificationsOptions> options,
    IOptions<QuestionsOptions> mailOptions,
    AnswerMailer mailer,
    PublicOrigins origins,
    TimeProvider clock,
    ILogger<NotificationMaintenanceTask> logger) : ITenantBackgroundTask
{
    public const int MaxAttempts = 6;

    /// <summary>Rows read per pass: a bulk batch of 100 items for a handful of recipients fits.</summary>
    private const int DueRowsPerPass = 1000;

    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(10);

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<CmsDbContext>();
        await SendDueAsync(db, tenantServices.GetRequiredService<ShellScope>().Shell.Tenant, cancellationToken);
        var threshold = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        var removed = await db.Notifications.Where(n => n.CreatedUtc < threshold).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Notifications: {Count} older than the retention period removed", removed);
        }
    }

    public async Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var notifications = tenantServices.GetRequiredService<CmsDbContext>().Notifications;
        DateTime?[] due =
        [
            await notifications.MinAsync(n => n.MailDueUtc, cancellationToken),
            await notifications.MinAsync(n => (DateTime?)n.CreatedUtc, cancellationToken) + options.Value.Retention,
        ];
        return due.Where(d => d is not null).Select(d => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(d!.Value, DateTimeKind.Utc))).Min();
    }

    private async Task SendDueAsync(CmsDbContext db, Data.Tenants.TenantRecord tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Notifications.Where(n => n.MailDueUtc != null && n.MailDueUtc <= now).OrderBy(n => n.Id).Take(DueRowsPerPass).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var names = due.Select(n => n.UserName).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName, cancellationToken);
        var siteBase = origins.ConfiguredBase(tenant);
        foreach (var mail in due.GroupBy(n => (n.UserName, n.Batch)))
        {
            var rows = mail.ToList();
            if (!mailer.Configured || recipients.GetValueOrDefault(mail.Key.UserName) is not { IsEnabled: true, NotifyByEmail: true, Email: { Length: > 0 } email })
            {
                // No server, or the user has since opted out, lost their address or been disabled: nothing to retry.
                rows.ForEach(n => n.MailDueUtc = null);
                logger.LogInformation("Notifications: e-mail to {UserName} not sent (no SMTP server configured, or the user no longer receives e-mail)", mail.Key.UserName);
            }
            else if (await ClaimAsync(db, mail.Key.UserName, mail.Key.Batch, now, cancellationToken))
            {
                await SendOneAsync(NotificationGroup.Of(rows, rows.Count), rows, mail.Key.UserName, email, tenant.DisplayName, siteBase, cancellationToken);
            }

            // Saved per message, so a message sent is never sent again because a later one failed the pass.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Takes the batch's mail for this pass with one conditional update, so two passes that overlap (an admin or a test
    /// triggering one while the timer's runs) never send it twice; should this process stop before sending, the claim
    /// runs out and the mail is due again.
    /// </summary>
    private static async Task<bool> ClaimAsync(CmsDbContext db, string userName, string batch, DateTime now, CancellationToken cancellationToken) =>
        await db.Notifications.Where(n => n.UserName == userName && n.Batch == batch && n.MailDueUtc != null && n.MailDueUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailDueUtc, now + ClaimDuration), cancellationToken) > 0;

    private async Task SendOneAsync(NotificationGroup group, List<NotificationRecord> rows, string userName, string email, string siteName, string? siteBase,
        CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(NotificationMail.Build(group, userName, email, siteName, siteBase, mailOptions.Value.Smtp), cancellationToken);
            var sent = clock.GetUtcNow().UtcDateTime;
            rows.ForEach(n => (n.MailDueUtc, n.MailSentUtc) = (null, sent));
            logger.LogInformation("Notifications: e-mail of {Count} items sent to {UserName}", rows.Count, userName);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = rows[0].MailAttempts + 1;
            DateTime? retry = attempts >= MaxAttempts ? null : clock.GetUtcNow().UtcDateTime.AddMinutes(1 << attempts);
            rows.ForEach(n => (n.MailAttempts, n.MailDueUtc) = (attempts, retry));
            logger.LogWarning(e, "Notifications: e-mail to {UserName} failed (attempt {Attempt})", userName, attempts);
        }
    }
}
