using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Users.Pages.Admin;

/// <summary>Where a one-time password link leads: valid 24 hours, on its own tenant only, once.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(PasswordLinks links, UserService users, ShellScope scope) : PageModel
{
    private const string Invalid = "Liên kết đặt mật khẩu không hợp lệ, đã hết hạn (24 giờ) hoặc đã được sử dụng. Hãy đề nghị quản trị viên tạo liên kết mới.";

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public PasswordLink? Link { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool Done { get; private set; }

    public IActionResult OnGet() => Read() ? Page() : Refused();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Read())
        {
            return Refused();
        }

        if (Password != Confirm)
        {
            ErrorMessage = "Hai mật khẩu không khớp nhau.";
            return Page();
        }

        try
        {
            Done = await users.RedeemSecretAsync(Link!.UserName, Link.Secret, Password ?? "", HttpContext.RequestAborted);
        }
        catch (UserException e)
        {
            ErrorMessage = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Done ? Page() : Refused();
    }

    private bool Read()
    {
        Link = links.Read(Token);
        return Link is not null && Link.Tenant == scope.Shell.Name;
    }

    private PageResult Refused()
    {
        Link = null;
        ErrorMessage = Invalid;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
