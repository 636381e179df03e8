using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Content.Items;

/// <summary>The status an editor sees in the content list (nháp, chờ duyệt, đã xuất bản, hẹn giờ, thùng rác).</summary>
public enum ContentStatus
{
    Draft,
    AwaitingReview,
    Returned,
    Scheduled,
    Published,
    Trash,
}

public static class ContentStatuses
{
    /// <summary>The status of an item from its latest version and whether any version is published.</summary>
    public static ContentStatus Of(ContentItemRecord latest, bool hasPublished) => latest switch
    {
        { DeletedUtc: not null } => ContentStatus.Trash,
        { ScheduledPublishUtc: not null } => ContentStatus.Scheduled,
        { WorkflowState: WorkflowState.AwaitingReview } => ContentStatus.AwaitingReview,
        { WorkflowState: WorkflowState.Returned } => ContentStatus.Returned,
        _ when hasPublished => ContentStatus.Published,
        _ => ContentStatus.Draft,
    };

    public static string Label(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Bản nháp",
        ContentStatus.AwaitingReview => "Chờ duyệt",
        ContentStatus.Returned => "Bị trả lại",
        ContentStatus.Scheduled => "Hẹn giờ đăng",
        ContentStatus.Published => "Đã xuất bản",
        _ => "Thùng rác",
    };
}
