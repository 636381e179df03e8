using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Questions;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An answer e-mail still waiting in the outbox when the tenant is exported is the original's to send: the archive
/// does not carry the pending send, so the imported copy, working through its own outbox, sends nothing.
/// </summary>
public sealed partial class QuestionsTests
{
    [Fact]
    public async Task An_answer_mail_pending_at_export_reaches_the_asker_once_after_the_tenant_is_copied()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = $"Hỏi về thủ tục cấp đổi giấy phép lái xe {tag}";
        var email = $"anh.tuan.{tag}@example.vn";
        await TenantServices.RunAsync(host, "gia-hoa", async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var question = new CitizenQuestionRecord
            {
                SubmissionKey = Guid.NewGuid().ToString("N"),
                Field = "Giao thông – Vận tải",
                Title = title,
                Question = "Giấy phép lái xe hạng A1 của tôi cấp năm 2010, nay có phải đổi sang thẻ mới không?",
                CreatedUtc = DateTime.UtcNow,
                ModifiedUtc = DateTime.UtcNow,
                AskerName = "Phạm Anh Tuấn",
                AskerAddress = "Thôn Kỳ Vĩ, xã Gia Hòa",
                AskerEmail = email,
            };
            db.CitizenQuestions.Add(question);
            await db.SaveChangesAsync();
            // Answered: the e-mail is due now, but no background work has run yet.
            await sp.GetRequiredService<QuestionDesk>().AnswerAsync(question, "<p>Giấy phép hạng A1 không thời hạn, chưa bắt buộc phải đổi.</p>",
                CmsHost.AdminUserName, CancellationToken.None);
        });
        Assert.NotNull((await QuestionAsync("gia-hoa", title)).MailDueUtc);

        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(host.Registry.Map.Find("gia-hoa")!, archive, includePasswords: false);
        var copy = TenantFactory.UniqueName("gia-hoa");
        await host.Services.GetRequiredService<TenantImporter>().ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        foreach (var tenant in new[] { "gia-hoa", copy })
        {
            await TenantServices.RunAsync(host, tenant, sp => host.Services.GetServices<ITenantBackgroundTask>().OfType<QuestionsMaintenanceTask>().Single()
                .RunAsync(sp, CancellationToken.None));
        }

        var sent = QuestionsHost.Sink.Messages.Select(raw => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
            .Count(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Equal(1, sent);
        Assert.NotNull((await QuestionAsync("gia-hoa", title)).MailSentUtc);
        var copied = await QuestionAsync(copy, title);
        Assert.Equal((QuestionStatus.Answered, email, null, null), (copied.Status, copied.AskerEmail, copied.MailDueUtc, copied.MailSentUtc));
    }
}
