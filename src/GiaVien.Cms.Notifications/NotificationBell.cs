using GiaVien.Cms.Notifications.Reading;
using Microsoft.AspNetCore.Mvc;

namespace GiaVien.Cms.Notifications;

/// <summary>The admin header's "Thông báo" link with the signed-in user's unread count: a plain link, no script.</summary>
public sealed class NotificationBell(MyNotifications notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await notifications.UnreadCountAsync(User.Identity?.Name ?? "", HttpContext.RequestAborted));
}
