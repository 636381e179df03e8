using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Questions.Mail;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Questions;

/// <summary>
/// Per tenant, in the background: sends the due answer e-mails (a failure is retried later, waiting longer each time, up
/// to <see cref="MaxMailAttempts"/>) and erases the contact data of questions closed longer than the retention.
/// Answering writes the audit trail, which makes the tenant's work due at once.
/// </summary>
public sealed class QuestionsMaintenanceTask(IOptions<QuestionsOptions> options, QuestionContactRetention retention, AnswerMailer mailer, TimeProvider clock, ILogger<QuestionsMaintenanceTask> logger)
    : ITenantBackgroundTask
{
    public const int MaxMailAttempts = 8;

    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(10);

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<CmsDbContext>();
        await SendDueMailAsync(db, tenantServices.GetRequiredService<ShellScope>(), cancellationToken);
        var erased = await retention.EraseDueAsync(db, cancellationToken);
        if (erased > 0)
        {
            logger.LogInformation("Questions: contact data of {Count} closed questions erased after the retention period", erased);
        }
    }

    public async Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var questions = tenantServices.GetRequiredService<CmsDbContext>().CitizenQuestions;
        var mail = await questions.MinAsync(q => q.MailDueUtc, cancellationToken);
        var erase = await questions.Where(q => q.ContactErasedUtc == null).MinAsync(q => q.ClosedUtc, cancellationToken) + options.Value.ContactRetention;
        return new[] { mail, erase }.Where(d => d is not null).Select(d => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(d!.Value, DateTimeKind.Utc))).Min();
    }

    private async Task SendDueMailAsync(CmsDbContext db, ShellScope scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.CitizenQuestions.Where(q => q.MailDueUtc != null && q.MailDueUtc <= now).OrderBy(q => q.MailDueUtc).Take(20).ToListAsync(cancellationToken);
        foreach (var question in due)
        {
            if (await ClaimAsync(db, question.Id, now, cancellationToken))
            {
                await SendOneAsync(question, scope.Shell.Tenant.DisplayName, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Takes the question's e-mail for this pass with one conditional update, so two passes that overlap (the timer's and
    /// one an official or a test starts) never mail the resident twice; should this process stop before sending, the
    /// claim runs out and the e-mail is due again.
    /// </summary>
    private static async Task<bool> ClaimAsync(CmsDbContext db, int questionId, DateTime now, CancellationToken cancellationToken) =>
        await db.CitizenQuestions.Where(q => q.Id == questionId && q.MailDueUtc != null && q.MailDueUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.MailDueUtc, now + ClaimDuration), cancellationToken) > 0;

    private async Task SendOneAsync(CitizenQuestionRecord question, string siteName, CancellationToken cancellationToken)
    {
        if (!mailer.Configured || question.AskerEmail is null)
        {
            logger.LogWarning("Question {QuestionId}: answer e-mail not sent, no SMTP server is configured (Cms:Questions:Smtp:Host)", question.Id);
            question.MailDueUtc = null;
            return;
        }

        try
        {
            await mailer.SendAsync(AnswerMail.Build(question, options.Value.Smtp, siteName), cancellationToken);
            question.MailSentUtc = clock.GetUtcNow().UtcDateTime;
            question.MailDueUtc = null;
            logger.LogInformation("Question {QuestionId}: answer e-mail sent", question.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            question.MailAttempts++;
            // 1, 2, 4 … minutes, then given up (the official still sees the answer was not mailed).
            question.MailDueUtc = question.MailAttempts >= MaxMailAttempts ? null : clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Pow(2, question.MailAttempts - 1));
            logger.LogWarning(e, "Question {QuestionId}: answer e-mail failed (attempt {Attempt})", question.Id, question.MailAttempts);
        }
    }
}
