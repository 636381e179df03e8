using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin;

/// <summary>Sign-in of the current tenant's users; the cookie it issues is valid on this tenant only.</summary>
public sealed class LoginModel(UserService users, ShellScope scope, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            ErrorMessage = "Vui lòng nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var result = await users.CheckPasswordAsync(UserName, Password, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                break;
            case SignInStatus.LockedOut:
                ErrorMessage = $"Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {VietnameseDates.ToVietnamTime(result.LockedUntilUtc!.Value):HH:mm}.";
                return Page();
            case SignInStatus.Disabled:
                ErrorMessage = "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.";
                return Page();
            default:
                logger.LogInformation("Failed sign-in for {UserName}", UserName);
                ErrorMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";
                return Page();
        }

        var user = result.User!;
        await HttpContext.SignInUserAsync(user, scope.Shell.Name);
        logger.LogInformation("User {UserName} signed in", user.UserName);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/admin"));
    }
}
