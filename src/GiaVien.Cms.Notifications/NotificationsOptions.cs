namespace GiaVien.Cms.Notifications;

/// <summary><c>Cms:Notifications</c>.</summary>
public sealed class NotificationsOptions
{
    /// <summary>How long a notification is kept, read or not; then the background work removes it.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);
}
