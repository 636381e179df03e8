using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Recipes.Pages.Admin.Recipes;

/// <summary>
/// "Áp dụng công thức": a tenant's administrator applies a recipe of the recipes folder, or one pasted as JSON, to
/// the running tenant; on the district, its administrators may choose any running tenant.
/// </summary>
public sealed class IndexModel(RunningTenantRecipes recipes, RecipeHarvester harvester, AdminTenantChoice choice) : PageModel
{
    [BindProperty] public string? Tenant { get; set; }
    [BindProperty] public string? Recipe { get; set; }
    [BindProperty] public string? Json { get; set; }

    public IReadOnlyList<RecipeDescriptor> Available { get; private set; } = [];

    /// <summary>Running tenants the user may choose from (only on the district, for its administrators).</summary>
    public IReadOnlyList<TenantRecord> Tenants { get; private set; } = [];

    public IReadOnlyList<RecipeError> Errors { get; private set; } = [];

    public string? Applied { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (await choice.ResolveAsync(HttpContext, Tenant) is not { } target)
        {
            return NotFound();
        }

        try
        {
            var recipe = string.IsNullOrWhiteSpace(Json) ? FromFolder() : FromText();
            await recipes.ApplyAsync(target.Name, recipe, User.Identity?.Name ?? "", HttpContext.RequestAborted);
            Applied = $"Đã áp dụng công thức “{recipe.DisplayName}” cho đơn vị “{target.DisplayName}”.";
            return Page();
        }
        catch (RecipeException e)
        {
            Errors = e.Errors.Count > 0 ? e.Errors : [new RecipeError("công thức", null, null, null, e.Message)];
        }
        catch (GiaVien.Cms.Tenants.TenantException e)
        {
            Errors = [new RecipeError(target.Name, null, null, null, e.Message)];
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private RecipeDescriptor FromFolder() => Available.FirstOrDefault(r => r.Name == Recipe)
        ?? throw new RecipeException([new RecipeError("công thức", null, null, null, "Hãy chọn một công thức hoặc dán nội dung công thức.")]);

    private RecipeDescriptor FromText()
    {
        var errors = new List<RecipeError>();
        return RecipeHarvester.Parse(Json!, fileName: null, errors) ?? throw new RecipeException(errors);
    }

    private async Task LoadAsync()
    {
        // Setup recipes ask for the first administrator's password: they are for new tenants only.
        Available = harvester.List().Where(r => !r.IsSetupRecipe).ToList();
        Tenants = await choice.ChoicesAsync(HttpContext);
    }
}
