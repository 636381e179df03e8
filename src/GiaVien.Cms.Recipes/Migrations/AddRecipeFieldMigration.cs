using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Migrations;

/// <summary>
/// Brings a field a feature's recipe gained later to tenants that already had the feature: the field's definition is
/// read from the recipe itself (one source of truth) and added to the tenant's part, after the field the recipe puts
/// before it. A part that already has the field, or that the tenant does not have, is left as it is, so the migration
/// can run any number of times.
/// </summary>
public sealed class AddRecipeFieldMigration(int version, string recipe, string part, string field) : IFeatureMigration
{
    public int Version => version;

    public async Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var store = tenantServices.GetRequiredService<ContentDefinitionStore>();
        var definitions = await store.LoadAllAsync(cancellationToken);
        if (definitions.FindPart(part) is not { } current || current.Fields.Any(f => f.Name == field))
        {
            return;
        }

        var wanted = RecipePart(tenantServices.GetRequiredService<RecipeHarvester>());
        var index = wanted.Fields.ToList().FindIndex(f => f.Name == field);
        var before = index > 0 ? current.Fields.ToList().FindIndex(f => f.Name == wanted.Fields[index - 1].Name) : -1;
        var fields = current.Fields.ToList();
        fields.Insert(before >= 0 ? before + 1 : fields.Count, wanted.Fields[index]);
        await store.StageAsync([], [current with { Fields = fields }], cancellationToken);
    }

    private ContentPartDefinition RecipePart(RecipeHarvester harvester) =>
        RecipeDefinitions.Part(harvester, recipe, p => p.Name == part && p.Fields.Any(f => f.Name == field), $"field {field} in part {part}");
}
