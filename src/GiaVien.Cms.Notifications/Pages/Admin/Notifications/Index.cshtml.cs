using GiaVien.Cms.Notifications.Reading;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Notifications.Pages.Admin.Notifications;

/// <summary>"Thông báo của tôi": the signed-in user's notifications, newest first, each linking to its items; mark read.</summary>
[AdminPermission(Roles.AccessAdmin)]
public sealed class IndexModel(MyNotifications notifications) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<NotificationGroup> Groups { get; private set; } = [];

    public int PageCount { get; private set; }

    private string UserName => User.Identity?.Name ?? "";

    public async Task OnGetAsync()
    {
        var total = await notifications.CountAsync(UserName, HttpContext.RequestAborted);
        PageCount = Math.Max(1, (total + MyNotifications.PageSize - 1) / MyNotifications.PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Groups = await notifications.PageAsync(UserName, PageNumber, HttpContext.RequestAborted);
    }

    /// <summary>Marks one notification read; a batch that is not the user's changes nothing.</summary>
    public async Task<IActionResult> OnPostMarkReadAsync(string? batch)
    {
        await notifications.MarkReadAsync(UserName, batch ?? "", HttpContext.RequestAborted);
        return RedirectToPage(new { trang = PageNumber });
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync()
    {
        await notifications.MarkAllReadAsync(UserName, HttpContext.RequestAborted);
        return RedirectToPage();
    }
}
