using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Features.Pages.Admin.Features;

/// <summary>
/// "Tính năng": the modules' features and whether this tenant has them; its administrator enables or disables them, and
/// on the district its administrators do so for any running tenant (<c>?tenant=gia-hoa</c>).
/// </summary>
public sealed class IndexModel(TenantFeatures features, AdminTenantChoice choice) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Tenant { get; set; }

    public TenantRecord Target { get; private set; } = null!;

    public IReadOnlyList<TenantRecord> Tenants { get; private set; } = [];

    public IReadOnlyList<FeatureState> States { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostEnableAsync(string id) =>
        ChangeAsync(() => features.EnableAsync(Target.Name, id, User.Identity?.Name ?? "", HttpContext.RequestAborted), id, "Đã bật");

    public Task<IActionResult> OnPostDisableAsync(string id) =>
        ChangeAsync(() => features.DisableAsync(Target.Name, id, User.Identity?.Name ?? "", HttpContext.RequestAborted), id, "Đã tắt");

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string id, string done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        try
        {
            await change();
            Message = $"{done} tính năng “{features.All.First(f => f.Id == id).Name}”.";
        }
        catch (Exception e) when (e is FeatureException or RecipeException or GiaVien.Cms.Tenants.TenantException)
        {
            Error = e.Message;
            Response.StatusCode = e is RecipeException ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        }

        States = await features.ListAsync(Target.Name, HttpContext.RequestAborted);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await choice.ResolveAsync(HttpContext, Tenant) is not { } target)
        {
            return false;
        }

        Target = target;
        Tenants = await choice.ChoicesAsync(HttpContext);
        States = await features.ListAsync(target.Name, HttpContext.RequestAborted);
        return true;
    }
}
