using GiaVien.Cms.Data.Notifications;

namespace GiaVien.Cms.Notifications.Writing;

/// <summary>The content audit actions that notify someone, and the user name the scheduler acts under.</summary>
public static class WorkflowEvents
{
    /// <summary>The audit trail's user for what the background work does (a scheduled publication firing).</summary>
    public const string SystemActor = "he-thong";

    public static NotificationKind? KindOf(string auditAction) => auditAction switch
    {
        "Submitted" => NotificationKind.Submitted,
        "Returned" => NotificationKind.Returned,
        "Published" => NotificationKind.Published,
        _ => null,
    };
}
