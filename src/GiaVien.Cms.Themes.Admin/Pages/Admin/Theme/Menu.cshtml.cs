using GiaVien.Cms.Blocks;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Themes.Admin.Pages.Admin.Theme;

/// <summary>
/// "Menu chính": items with sub-menus, each a site path, a published item's address (offered as suggestions) or
/// another site. The buttons of a row move, nest and remove it on the server, keeping what was typed, so the editor
/// works with the keyboard alone and without script; <c>menu-editor.js</c> adds dragging with the mouse.
/// </summary>
[AdminPermission(Roles.ManageTheme)]
public sealed class MenuModel(SiteSettingsStore settings, CmsDbContext db, PublishedQueries published, TimeProvider clock) : PageModel
{
    public const string AuditAction = "Sửa menu chính";
    private const int Suggestions = 300;

    [BindProperty] public List<MenuRow> Items { get; set; } = [];

    /// <summary>The button pressed: "save", "add", or "{action}-{row}" (up, down, in, out, remove).</summary>
    [BindProperty] public string? Command { get; set; }

    public List<string> Errors { get; } = [];

    public IReadOnlyList<PublishedEntry> Pages { get; private set; } = [];

    /// <summary>The button to focus after the page comes back from a move, so keyboard users stay where they were.</summary>
    public string? Focus { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        Items = MenuRows.From(SiteMenu.Parse((await settings.GetAsync(HttpContext.RequestAborted)).GetValueOrDefault(SiteSettingNames.Menu)));
        Saved = saved;
        await LoadPagesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadPagesAsync();
        if (Command == "add")
        {
            Items.Add(new MenuRow());
            Focus = $"tieu-de-{Items.Count - 1}";
            return Page();
        }

        if (Command?.Split('-', 2) is [var action, var number] && int.TryParse(number, out var index))
        {
            var row = index >= 0 && index < Items.Count ? Items[index] : null;
            MenuRows.Apply(Items, action, index);
            var now = row is null ? -1 : Items.IndexOf(row);
            // Nesting swaps "Thụt vào" for "Thụt ra" on the row: the focus goes to the button that undoes it.
            Focus = now < 0 ? "them-muc" : $"{action switch { "in" => "out", "out" => "in", _ => action }}-{now}";
            return Page();
        }

        var (menu, errors) = MenuRows.ToMenu(Items);
        if (errors.Count > 0)
        {
            Errors.AddRange(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await settings.StageAsync(SiteSettingNames.Menu, SiteMenu.Serialize(menu), HttpContext.RequestAborted);
        db.AuditTrail.Add(new AuditEntry
        {
            Utc = clock.GetUtcNow().UtcDateTime, UserName = User.Identity?.Name ?? "", Action = AuditAction,
            Details = string.Join(", ", menu.Select(m => m.Title)),
        });
        // A setting: the public-changes interceptor drops the tenant's cached pages after the commit.
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { saved = true });
    }

    private async Task LoadPagesAsync() =>
        Pages = (await published.EntriesAsync(HttpContext.RequestAborted)).OrderBy(e => e.ContentType != "Page").Take(Suggestions).ToList();
}
