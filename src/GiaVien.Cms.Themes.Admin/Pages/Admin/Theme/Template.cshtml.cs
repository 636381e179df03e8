using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Themes.Admin.Pages.Admin.Theme;

/// <summary>
/// Edits the tenant's version of one theme view; it is parsed before it is saved, and errors name the line. A
/// template with active content (script, event handlers, javascript: URLs, frames, forms posting elsewhere…) is
/// refused with what was found; what Liquid assembles at render time is removed by the renderer's guard.
/// Saving (or resetting) commits to the tenant's database, which notifies the public site's caches.
/// </summary>
[AdminPermission(Roles.ManageTheme)]
public sealed class TemplateModel(ThemeRenderer theme, ThemeTemplateStore templates, ShellScope scope, ILogger<TemplateModel> logger) : PageModel
{
    public const int MaxLength = 200_000;

    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "";

    [BindProperty]
    public string? Source { get; set; }

    public bool Overridden { get; private set; }

    public string? Error { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        var own = await templates.SourceAsync(View, HttpContext.RequestAborted);
        Overridden = own is not null;
        Source = own ?? theme.ThemeSource(View);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        Error = string.IsNullOrWhiteSpace(Source) ? "Mẫu không được để trống."
            : Source.Length > MaxLength ? $"Mẫu dài quá {MaxLength:N0} ký tự."
            : theme.Validate(Source) is { } parseError ? $"Mẫu có lỗi cú pháp Liquid: {parseError}"
            : TemplateSourceCheck.Message(Source, isLayout: View == "Layout");
        if (Error is not null)
        {
            Overridden = await templates.SourceAsync(View, HttpContext.RequestAborted) is not null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await templates.SaveAsync(View, Source!, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        Log("saved");
        return RedirectToPage(new { view = View, saved = true });
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        await templates.DeleteAsync(View, HttpContext.RequestAborted);
        Log("reset to the theme's");
        return RedirectToPage(new { view = View, saved = true });
    }

    private void Log(string what) =>
        logger.LogInformation("Template override {View} of tenant {TenantName} {Change} by {UserName}", View, scope.Shell.Name, what, User.Identity?.Name);

    private NotFoundResult? Refuse() =>
        theme.ViewNames.Contains(View, StringComparer.Ordinal) ? null : NotFound();
}
