using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Questions.Queue;

/// <summary>
/// The officials' side of the questions: assign to a unit, answer, make public, refuse. Each step writes its audit
/// entry in the same save; answering also makes the e-mail to the asker due, which the background work sends.
/// </summary>
public sealed class QuestionDesk(CmsDbContext db, ContentAudit audit, BodySanitizer sanitizer, ContentManager content,
    ContentDefinitionStore definitions, StoredContentReferences references, TimeProvider clock)
{
    public const string AuditAssigned = "QuestionAssigned";
    public const string AuditAnswered = "QuestionAnswered";
    public const string AuditPublished = "QuestionPublished";
    public const string AuditRejected = "QuestionRejected";

    public Task<CitizenQuestionRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.CitizenQuestions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);

    public async Task AssignAsync(CitizenQuestionRecord question, string unit, string userName, CancellationToken cancellationToken)
    {
        unit = TextNormalizer.Nfc(unit.Trim());
        Require(unit.Length is > 0 and <= 200, "Vui lòng nhập đơn vị được giao (tối đa 200 ký tự).");
        Require(question.Status is QuestionStatus.New or QuestionStatus.Assigned, "Câu hỏi đã được trả lời hoặc đã đóng, không giao lại được.");
        question.Unit = unit;
        question.Status = QuestionStatus.Assigned;
        await SaveAsync(question, userName, AuditAssigned, unit, cancellationToken);
    }

    public async Task AnswerAsync(CitizenQuestionRecord question, string html, string userName, CancellationToken cancellationToken)
    {
        Require(question.Status is not (QuestionStatus.Published or QuestionStatus.Rejected), "Câu hỏi đã đóng, không sửa câu trả lời được.");
        var clean = sanitizer.Sanitize(TextNormalizer.Nfc(html));
        Require(HasText(clean), "Vui lòng nhập nội dung trả lời.");
        var first = question.Status != QuestionStatus.Answered;
        question.AnswerHtml = clean;
        question.AnsweredBy = userName;
        question.Status = QuestionStatus.Answered;
        question.ClosedUtc ??= clock.GetUtcNow().UtcDateTime;
        if (first && question.AskerEmail is not null)
        {
            question.MailDueUtc = clock.GetUtcNow().UtcDateTime;
        }

        await SaveAsync(question, userName, AuditAnswered, null, cancellationToken);
    }

    /// <summary>Publishes the answered question as a "HoiDap" item; returns its id.</summary>
    public async Task<string> PublishAsync(CitizenQuestionRecord question, string userName, CancellationToken cancellationToken)
    {
        Require(question.Status == QuestionStatus.Answered, "Chỉ công khai được câu hỏi đã có câu trả lời.");
        var loaded = await definitions.LoadAsync(cancellationToken);
        Require(loaded.FindType(HoiDapType.TypeName) is not null, "Tính năng Hỏi đáp chưa được bật cho trang này.");
        var now = clock.GetUtcNow().UtcDateTime;
        question.Status = QuestionStatus.Published;
        var item = HoiDapType.ToItem(question, now);
        question.ContentItemId = item.ContentItemId;
        question.ModifiedUtc = now;
        audit.Add(userName, AuditPublished, AuditKey(question), item.ContentItemId);
        // One save: the item, its change-log entry and the question's new state commit together.
        await content.CreateAsync(item, loaded, references, userName, cancellationToken);
        return item.ContentItemId;
    }

    public async Task RejectAsync(CitizenQuestionRecord question, string reason, string userName, CancellationToken cancellationToken)
    {
        reason = TextNormalizer.Nfc(reason.Trim());
        Require(reason.Length is > 0 and <= 1000, "Vui lòng ghi lý do từ chối (tối đa 1.000 ký tự).");
        Require(question.Status is not (QuestionStatus.Published or QuestionStatus.Rejected), "Câu hỏi đã đóng.");
        question.Status = QuestionStatus.Rejected;
        question.RejectionReason = reason;
        question.ClosedUtc ??= clock.GetUtcNow().UtcDateTime;
        question.MailDueUtc = null;
        await SaveAsync(question, userName, AuditRejected, reason, cancellationToken);
    }

    public static string AuditKey(CitizenQuestionRecord question) => $"question:{question.Id}";

    private async Task SaveAsync(CitizenQuestionRecord question, string userName, string action, string? details, CancellationToken cancellationToken)
    {
        question.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(userName, action, AuditKey(question), details);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool HasText(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", "").Trim().Length > 0;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ContentException(message);
        }
    }
}
