namespace GiaVien.Cms.Recipes;

/// <summary>Names the host needs to compose the module's admin pages (<c>/admin/recipes</c>).</summary>
public static class RecipesAdmin
{
    /// <summary>The authorization policy of the recipe pages: a tenant's administrator (every permission).</summary>
    public const string Policy = "ApplyRecipes";

    /// <summary>The policy that lets the district's administrators act on any tenant.</summary>
    public const string ManageTenantsPolicy = "ManageTenants";
}
