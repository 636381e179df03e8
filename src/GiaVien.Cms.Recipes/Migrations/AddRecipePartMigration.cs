using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Migrations;

/// <summary>
/// Brings a part a recipe later gave some types to tenants whose types were made before: the part's definition is read
/// from the recipe (and added when the tenant has none), and the part is appended to each of those types that the
/// tenant has without it. A type that already has the part, or that the tenant does not have, is left as it is, so the
/// migration can run any number of times.
/// </summary>
public sealed class AddRecipePartMigration(int version, string recipe, string part, IReadOnlyList<string> types) : IFeatureMigration
{
    public int Version => version;

    public async Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var store = tenantServices.GetRequiredService<ContentDefinitionStore>();
        var definitions = await store.LoadAllAsync(cancellationToken);
        var changed = types.Select(definitions.FindType)
            .OfType<ContentTypeDefinition>()
            .Where(t => !t.Parts.Contains(part, StringComparer.Ordinal))
            .Select(t => t with { Parts = [.. t.Parts, part] })
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var definition = definitions.FindPart(part) is null
            ? [RecipeDefinitions.Part(tenantServices.GetRequiredService<RecipeHarvester>(), recipe, p => p.Name == part, $"part {part}")]
            : Array.Empty<ContentPartDefinition>();
        await store.StageAsync(changed, definition, cancellationToken);
    }
}
