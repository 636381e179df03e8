using System.Text.Json.Nodes;
using GiaVien.Cms.Data;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Features;

/// <summary>
/// <c>{"name":"Features","Enable":["procedures","disclosures"]}</c>: switches features on for the tenant the recipe
/// sets up, as "Tính năng" would, so a demo site shows its sections at once. The recipe brings the features' content
/// types itself (it includes their recipes before this step); the step applies the features' data migrations and
/// records them as on. A feature that is on already is left as it is.
/// </summary>
public sealed class FeaturesRecipeStep(IEnumerable<FeatureDescriptor> features, FeatureRecords featureRecords) : IRecipeStep
{
    private readonly Dictionary<string, FeatureDescriptor> _features = features.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public string Name => "Features";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        if (JsonPaths.GetArray(step, "Enable") is not { } ids)
        {
            errors.Add("Enable", "Thiếu danh sách \"Enable\" (mã các tính năng cần bật).");
            return;
        }

        var named = JsonPaths.GetStrings(step, "Enable");
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? ids[i]!.GetValue<string>() : null;
            if (id is null || !_features.TryGetValue(id, out var feature))
            {
                errors.Add($"Enable[{i}]", $"Không có tính năng \"{id}\". Các tính năng: {string.Join(", ", _features.Keys.Order(StringComparer.Ordinal))}.");
            }
            else if (feature.Dependencies.FirstOrDefault(d => !named.Contains(d)) is { } missing)
            {
                errors.Add($"Enable[{i}]", $"Tính năng \"{id}\" cần bật cả \"{missing}\" trong cùng danh sách.");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<CmsDbContext>();
        var records = await db.Features.ToDictionaryAsync(f => f.FeatureId, StringComparer.Ordinal, cancellationToken);
        foreach (var id in JsonPaths.GetStrings(step, "Enable"))
        {
            var feature = _features[id];
            var record = records.GetValueOrDefault(id);
            if (record is { Enabled: true } && record.MigrationVersion >= feature.LatestVersion)
            {
                continue;
            }

            await featureRecords.SwitchOnAsync(feature, record, execution.Services, execution.UserName, cancellationToken);
        }
    }
}
