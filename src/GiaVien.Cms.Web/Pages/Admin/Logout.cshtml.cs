using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin;

/// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign a user out.</summary>
[AdminPermission(Roles.AccessAdmin)]
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(Url.Content("~/admin"));

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(Url.Content("~/admin/login"));
    }
}
