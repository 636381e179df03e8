using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Users.Pages.Admin.Users;

[AdminPermission(GiaVien.Cms.Users.Roles.ManageUsers)]
public sealed class CreateModel(UserService users) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [GiaVien.Cms.Users.Roles.Author];

    public IReadOnlyList<RoleRecord> AllRoles { get; private set; } = [];

    public async Task OnGetAsync() => AllRoles = await users.RolesAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await users.CreateAsync(UserName ?? "", string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(), Password ?? "", Roles, HttpContext.RequestAborted);
        }
        catch (UserException e)
        {
            ModelState.AddModelError("", e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }

        return LocalRedirect(Url.Content("~/admin/users"));
    }
}
