using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Steps;

/// <summary><c>{"name":"Settings","SiteName":"…","BannerText":"…",…}</c>: the tenant's site settings.</summary>
public sealed class SettingsStep : IRecipeStep
{
    public string Name => "Settings";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        foreach (var (key, value) in Values(step))
        {
            if (!SiteSettingNames.All.Contains(key))
            {
                errors.Add(key, $"Thiết lập \"{key}\" không tồn tại. Các thiết lập hợp lệ: {string.Join(", ", SiteSettingNames.All)}.");
            }
            else if (value?.GetValueKind() is not (JsonValueKind.String or JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add(key, "Giá trị phải là chuỗi ký tự hoặc true/false.");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var store = execution.Services.GetRequiredService<SiteSettingsStore>();
        foreach (var (key, value) in Values(step))
        {
            var text = value!.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            await store.StageAsync(key, text, cancellationToken);
        }
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Values(JsonObject step) =>
        step.Where(p => !string.Equals(p.Key, "name", StringComparison.OrdinalIgnoreCase));
}
