using GiaVien.Cms.Data.Notifications;
using GiaVien.Cms.Notifications.Writing;

namespace GiaVien.Cms.Notifications.Reading;

/// <summary>The Vietnamese words of a notification, the same on the admin page and in the e-mail.</summary>
public static class NotificationText
{
    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.Submitted => "Chờ duyệt",
        NotificationKind.Returned => "Bị trả lại",
        _ => "Đã xuất bản",
    };

    public static string Actor(string actor) =>
        actor == WorkflowEvents.SystemActor ? "Hệ thống (hẹn giờ đăng)" : actor;

    /// <summary>One sentence: who did what to which item (or to how many).</summary>
    public static string Sentence(NotificationGroup group)
    {
        var what = group.ItemCount == 1 ? $"“{group.Items[0].Title}”" : $"{group.ItemCount} nội dung";
        var who = Actor(group.Actor);
        return group.Kind switch
        {
            NotificationKind.Submitted => $"{who} gửi duyệt {what}.",
            NotificationKind.Returned => $"{who} trả lại {what} của bạn.",
            _ => $"{who} đã xuất bản {what} của bạn.",
        };
    }

    public static string Subject(NotificationGroup group, string siteName) =>
        $"[{siteName}] {Label(group.Kind)}: " + (group.ItemCount == 1 ? group.Items[0].Title : $"{group.ItemCount} nội dung");
}
