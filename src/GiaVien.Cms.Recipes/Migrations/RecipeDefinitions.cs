using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Recipes.Migrations;

/// <summary>The content definitions a recipe's <c>ContentDefinition</c> steps write: what migrations bring to older tenants.</summary>
internal static class RecipeDefinitions
{
    public static ContentPartDefinition Part(RecipeHarvester harvester, string recipe, Func<ContentPartDefinition, bool> wanted, string what) =>
        Steps(harvester, recipe).SelectMany(s => JsonPaths.GetArray(s, "ContentParts") ?? [])
            .Select(p => p.Deserialize<ContentPartDefinition>(ContentDefinitionStore.Json))
            .FirstOrDefault(p => p is not null && wanted(p))
            ?? throw new InvalidOperationException($"Recipe {recipe} has no {what}.");

    private static IEnumerable<JsonObject> Steps(RecipeHarvester harvester, string recipe)
    {
        var errors = new List<RecipeError>();
        var descriptor = harvester.Find(recipe, errors) ?? throw new RecipeException(errors);
        return descriptor.Steps.Select(s => s?.AsObject()).OfType<JsonObject>().Where(s => JsonPaths.GetString(s, "name") == "ContentDefinition");
    }
}
