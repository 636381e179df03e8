using System.Security.Claims;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Users.Pages.Admin.Users;

/// <summary>The tenant administrator's users (of this tenant only: the DbContext is the shell's): lock, disable, reset.</summary>
[AdminPermission(Roles.ManageUsers)]
public sealed class IndexModel(UserService users, PasswordLinks links, ShellScope scope, TimeProvider clock, PublicOrigins origins) : PageModel
{
    public IReadOnlyList<UserRecord> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Link { get; private set; }

    public int CurrentUserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : 0;

    public bool IsLocked(UserRecord user) => user.LockoutEndUtc > clock.GetUtcNow().UtcDateTime;

    public string StateOf(UserRecord user) => !user.IsEnabled ? "Vô hiệu hóa" : IsLocked(user) ? "Bị khóa" : "Hoạt động";

    public async Task OnGetAsync() => Users = await users.ListAsync(HttpContext.RequestAborted);

    public Task<IActionResult> OnPostLockAsync(int id, bool locked) => ChangeAsync(id, async () =>
    {
        await users.SetLockedAsync(id, locked, HttpContext.RequestAborted);
        return locked ? "Đã khóa tài khoản." : "Đã mở khóa tài khoản.";
    });

    public Task<IActionResult> OnPostEnableAsync(int id, bool enabled) => ChangeAsync(id, async () =>
    {
        await users.SetEnabledAsync(id, enabled, HttpContext.RequestAborted);
        return enabled ? "Đã kích hoạt lại tài khoản." : "Đã vô hiệu hóa tài khoản.";
    });

    public async Task<IActionResult> OnPostResetAsync(int id)
    {
        var user = await users.FindAsync(id, HttpContext.RequestAborted);
        if (user is null)
        {
            return NotFound();
        }

        var secret = await users.ResetToSecretAsync(id, HttpContext.RequestAborted);
        Link = origins.Absolute(scope.Shell.Tenant, Request, "admin/set-password?token=" + Uri.EscapeDataString(links.CreateToken(scope.Shell.Name, user.UserName, secret)));
        Message = $"Mật khẩu cũ của {user.UserName} không còn dùng được. Gửi liên kết dưới đây cho người dùng.";
        await OnGetAsync();
        return Page();
    }

    private async Task<IActionResult> ChangeAsync(int id, Func<Task<string>> change)
    {
        if (id == CurrentUserId)
        {
            ModelState.AddModelError("", "Bạn không thể tự khóa hoặc vô hiệu hóa tài khoản của mình.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            try
            {
                Message = await change();
            }
            catch (UserException e)
            {
                ModelState.AddModelError("", e.Message);
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }

        await OnGetAsync();
        return Page();
    }
}
