using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Theme;

/// <summary>Edits the tenant's version of one theme view; it is parsed before it is saved, and errors name the line.</summary>
public sealed class TemplateModel(ThemeRenderer theme, PageRenderer renderer, PublicChanges changes, ILogger<TemplateModel> logger) : PageModel
{
    public const int MaxLength = 200_000;

    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "";

    [BindProperty]
    public string? Source { get; set; }

    public bool Overridden { get; private set; }

    public string? Error { get; private set; }

    public bool Saved { get; private set; }

    public IActionResult OnGet(bool saved = false)
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        Overridden = renderer.Overrides.Exists(View);
        Source = renderer.Overrides.Source(View) ?? theme.ThemeSource(View);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        Overridden = renderer.Overrides.Exists(View);
        Error = string.IsNullOrWhiteSpace(Source) ? "Mẫu không được để trống."
            : Source.Length > MaxLength ? $"Mẫu dài quá {MaxLength:N0} ký tự."
            : theme.Validate(Source) is { } parseError ? $"Mẫu có lỗi cú pháp Liquid: {parseError}" : null;
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await renderer.Overrides.SaveAsync(View, Source!, HttpContext.RequestAborted);
        Changed("saved");
        return RedirectToPage(new { view = View, saved = true });
    }

    public IActionResult OnPostReset()
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        renderer.Overrides.Delete(View);
        Changed("reset to the theme's");
        return RedirectToPage(new { view = View, saved = true });
    }

    private void Changed(string what)
    {
        var tenant = renderer.Overrides.TenantName;
        logger.LogInformation("Template override {View} of tenant {TenantName} {Change} by {UserName}", View, tenant, what, User.Identity?.Name);
        changes.Notify(tenant);
    }

    private IActionResult? Refuse() =>
        !ThemeAccess.Allows(User) ? Forbid()
        : !theme.ViewNames.Contains(View, StringComparer.Ordinal) ? NotFound()
        : null;
}
