namespace GiaVien.Cms.Data.Notifications;

/// <summary>
/// One item of one workflow event, for one user of the tenant. The rows one save or one transaction wrote for the same
/// recipient and kind share a <see cref="Batch"/>: the admin shows and mails a batch as one notification, so a bulk
/// publication of 50 items is one "50 bài viết đã được xuất bản", while each item keeps its own link.
/// </summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }

    /// <summary>The recipient's user name.</summary>
    public required string UserName { get; set; }
    public NotificationKind Kind { get; set; }
    public required string Batch { get; set; }
    public required string ContentItemId { get; set; }

    /// <summary>The item's title when the event happened.</summary>
    public required string Title { get; set; }

    /// <summary>Who acted ("he-thong" for a schedule firing).</summary>
    public required string Actor { get; set; }

    /// <summary>The reviewer's note of a return.</summary>
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }

    /// <summary>When the e-mail of this row's batch is due; null when the recipient did not ask for e-mail or it was sent.</summary>
    public DateTime? MailDueUtc { get; set; }
    public int MailAttempts { get; set; }
    public DateTime? MailSentUtc { get; set; }
}
