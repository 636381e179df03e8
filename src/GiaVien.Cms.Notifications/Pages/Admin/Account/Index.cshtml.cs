using System.Security.Claims;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Notifications.Pages.Admin.Account;

/// <summary>"Tài khoản của tôi": the signed-in user's own account, where they choose to receive notifications by e-mail.</summary>
[AdminPermission(Roles.AccessAdmin)]
public sealed class IndexModel(CmsDbContext db) : PageModel
{
    [BindProperty] public bool NotifyByEmail { get; set; }

    public UserRecord Account { get; private set; } = null!;

    public string? ErrorMessage { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "da-luu")] bool saved = false)
    {
        if (await FindAsync() is not { } account)
        {
            return NotFound();
        }

        (Account, NotifyByEmail, Saved) = (account, account.NotifyByEmail, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } account)
        {
            return NotFound();
        }

        Account = account;
        if (NotifyByEmail && string.IsNullOrWhiteSpace(account.Email))
        {
            ErrorMessage = "Tài khoản của bạn chưa có địa chỉ e-mail nên chưa nhận thông báo qua e-mail được. Hãy nhờ quản trị viên thêm địa chỉ e-mail cho tài khoản.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        account.NotifyByEmail = NotifyByEmail;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect(Url.Content("~/admin/tai-khoan?da-luu=true"));
    }

    private Task<UserRecord?> FindAsync()
    {
        var id = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
        return db.Users.FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
    }
}
