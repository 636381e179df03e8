using System.Text.Json.Nodes;
using GiaVien.Cms.Recipes;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// The recipes a district administrator may create a tenant from: setup recipes that do not themselves
/// create tenants (those are for the district site).
/// </summary>
public sealed class SetupRecipes(RecipeHarvester harvester)
{
    public IReadOnlyList<RecipeDescriptor> List() =>
        harvester.List().Where(r => r.IsSetupRecipe && !CreatesTenants(r, [])).ToList();

    public bool IsChoice(string? name) => name is not null && List().Any(r => r.Name == name);

    private bool CreatesTenants(RecipeDescriptor recipe, HashSet<string> seen)
    {
        if (!seen.Add(recipe.Name))
        {
            return false;
        }

        foreach (var step in recipe.Steps.OfType<JsonObject>())
        {
            var name = step["name"]?.GetValue<string>();
            if (string.Equals(name, "Tenants", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(name, RecipeExecutor.IncludeStep, StringComparison.OrdinalIgnoreCase) && step["Values"] is JsonArray includes)
            {
                foreach (var included in includes.Select(v => v?.GetValue<string>()).OfType<string>())
                {
                    if (harvester.Find(included, []) is { } child && CreatesTenants(child, seen))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
