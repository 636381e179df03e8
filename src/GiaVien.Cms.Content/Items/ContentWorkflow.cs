using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Content.Items;

/// <summary>The review workflow: an author submits (Gửi duyệt), an editor returns it with a comment (Trả lại) or publishes it (Duyệt).</summary>
public sealed class ContentWorkflow(CmsDbContext db, ContentVersions versions, ContentAudit audit)
{
    public async Task SubmitAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LiveLatestAsync(contentItemId, cancellationToken);
        if (latest.WorkflowState == WorkflowState.AwaitingReview)
        {
            throw new ContentException("Bài viết đang chờ duyệt.");
        }

        latest.WorkflowState = WorkflowState.AwaitingReview;
        latest.ReviewComment = null;
        audit.Add(userName, "Submitted", contentItemId, $"Phiên bản {latest.Number}");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReturnAsync(string contentItemId, string comment, string userName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(comment) || comment.Length > 2000)
        {
            throw new ContentException("Hãy ghi lý do trả lại (tối đa 2.000 ký tự) để tác giả biết cần sửa gì.");
        }

        var latest = await versions.LiveLatestAsync(contentItemId, cancellationToken);
        if (latest.WorkflowState != WorkflowState.AwaitingReview)
        {
            throw new ContentException("Chỉ trả lại được bài viết đang chờ duyệt.");
        }

        latest.WorkflowState = WorkflowState.Returned;
        latest.ReviewComment = TextNormalizer.Nfc(comment.Trim());
        audit.Add(userName, "Returned", contentItemId, latest.ReviewComment);
        await db.SaveChangesAsync(cancellationToken);
    }
}
