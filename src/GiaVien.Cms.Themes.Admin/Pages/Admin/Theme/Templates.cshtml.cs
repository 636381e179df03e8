using GiaVien.Cms.Themes;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Themes.Admin.Pages.Admin.Theme;

/// <summary>The theme's views and which of them this tenant has its own version of.</summary>
[AdminPermission(Roles.ManageTheme)]
public sealed class TemplatesModel(ThemeRenderer theme, ThemeTemplateStore templates) : PageModel
{
    public IReadOnlyList<(string View, bool Overridden)> Views { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var overridden = (await templates.NamesAsync(HttpContext.RequestAborted)).ToHashSet(StringComparer.Ordinal);
        Views = theme.ViewNames.Select(v => (v, overridden.Contains(v))).ToList();
        return Page();
    }
}
