namespace GiaVien.Cms.Recipes;

/// <summary>
/// Who applies a recipe and to what kind of tenant. A tenant being set up is empty; a running one has users and
/// content of its own, which some steps must leave alone (see <see cref="RecipePlan.OnRunningTenant"/>).
/// </summary>
public sealed record RecipeRun(string UserName, bool OnRunningTenant)
{
    public static RecipeRun Setup { get; } = new("setup", OnRunningTenant: false);
}
