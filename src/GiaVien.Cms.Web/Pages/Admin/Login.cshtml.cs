using System.Globalization;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin;

/// <summary>
/// Sign-in of the current tenant's users; the cookie it issues is valid on this tenant only. Attempts are throttled per
/// address and per user name (429); a wrong password, an unknown user and a disabled or locked account all get the same
/// answer until the right password is typed.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(UserService users, SignInThrottle throttle, ShellScope scope, TimeProvider clock, ILogger<LoginModel> logger) : PageModel
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

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

        var tenant = scope.Shell.Name;
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Acquire(address, tenant, UserName, KnownBrowser.Matches(HttpContext, tenant, UserName)) is { } wait)
        {
            logger.LogWarning("Sign-in attempt for {UserName} from {Address} throttled", UserName, address);
            return TooManyAttempts(wait);
        }

        var result = await users.CheckPasswordAsync(UserName, Password, address, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                break;
            case SignInStatus.Throttled:
                return TooManyAttempts(result.RetryAfterUtc!.Value - clock.GetUtcNow().UtcDateTime);
            case SignInStatus.LockedOut:
                ErrorMessage = "Tài khoản đang bị khóa. Vui lòng liên hệ quản trị viên của trang.";
                return Page();
            case SignInStatus.Disabled:
                ErrorMessage = "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.";
                return Page();
            default:
                logger.LogInformation("Failed sign-in for {UserName}", UserName);
                ErrorMessage = WrongCredentials;
                return Page();
        }

        var user = result.User!;
        await HttpContext.SignInUserAsync(user, tenant);
        KnownBrowser.Remember(HttpContext, tenant, user.UserName);
        logger.LogInformation("User {UserName} signed in", user.UserName);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/admin"));
    }

    private PageResult TooManyAttempts(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        ErrorMessage = $"Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau {Math.Max(1, (seconds + 59) / 60)} phút.";
        return Page();
    }
}
