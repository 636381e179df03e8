using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Users;

public sealed class EditModel(UserService users) : PageModel
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
