using System.Security.Claims;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Users.Pages.Admin.Users;

/// <summary>
/// Roles and password of one user of this tenant. Changing them ends the user's other sign-ins (password) or
/// updates them at their next session check (roles); when the administrator changes their own account, the
/// session in use is re-issued at once so it survives with the new stamp and roles.
/// </summary>
[AdminPermission(Roles.ManageUsers)]
public sealed class EditModel(UserService users, ShellScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public UserRecord? Account { get; private set; }

    public IReadOnlyList<RoleRecord> AllRoles { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostRolesAsync(List<string> roles) => ChangeAsync(async () =>
    {
        await users.SetRolesAsync(Id, roles, HttpContext.RequestAborted);
        return "Đã lưu vai trò.";
    });

    public Task<IActionResult> OnPostPasswordAsync(string? password) => ChangeAsync(async () =>
    {
        await users.SetPasswordAsync(Id, password ?? "", HttpContext.RequestAborted);
        return "Đã đặt mật khẩu mới.";
    });

    private async Task<IActionResult> ChangeAsync(Func<Task<string>> change)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        try
        {
            Message = await change();
            if (User.FindFirstValue(ClaimTypes.NameIdentifier) == Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && await users.FindAsync(Id, HttpContext.RequestAborted) is { } self)
            {
                await HttpContext.SignInUserAsync(self, scope.Shell.Name);
            }
        }
        catch (UserException e)
        {
            ModelState.AddModelError("", e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Account = await users.FindAsync(Id, HttpContext.RequestAborted);
        AllRoles = await users.RolesAsync(HttpContext.RequestAborted);
        return Account is not null;
    }
}
