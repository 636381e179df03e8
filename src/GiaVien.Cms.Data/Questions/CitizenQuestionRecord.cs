namespace GiaVien.Cms.Data.Questions;

/// <summary>
/// A resident's question as received ("Hỏi đáp"), with the asker's contact data. It lives in its own table, apart from
/// the content items: what the public may read is copied into a "HoiDap" content item when the question is published,
/// so the contact columns never reach the search index, a page, a feed, an export of content or the API, and can be
/// erased after the retention period without touching the published answer.
/// </summary>
public sealed class CitizenQuestionRecord
{
    public int Id { get; set; }

    /// <summary>The single-use challenge the form was sent with: the unique index stores a submission at most once.</summary>
    public required string SubmissionKey { get; set; }

    public QuestionStatus Status { get; set; }

    public required string Field { get; set; }

    public required string Title { get; set; }

    public required string Question { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    // Private contact data: null once erased (ContactErasedUtc).
    public string? AskerName { get; set; }

    public string? AskerAddress { get; set; }

    public string? AskerEmail { get; set; }

    public string? AskerPhone { get; set; }

    public DateTime? ContactErasedUtc { get; set; }

    /// <summary>The unit (phòng ban, đơn vị) the question is assigned to.</summary>
    public string? Unit { get; set; }

    public string? AnswerHtml { get; set; }

    public string? AnsweredBy { get; set; }

    /// <summary>When the question was answered or refused: the contact retention counts from here.</summary>
    public DateTime? ClosedUtc { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>The published "HoiDap" content item, once public.</summary>
    public string? ContentItemId { get; set; }

    /// <summary>When the answer e-mail is next due (null: none to send); the background work retries until it goes out.</summary>
    public DateTime? MailDueUtc { get; set; }

    public int MailAttempts { get; set; }

    public DateTime? MailSentUtc { get; set; }
}
