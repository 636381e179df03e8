using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name":"Content","data":[{"ContentItemId":"…","ContentType":"Page","Published":true,"TitlePart":{…},…}]}</c>:
/// content items in Orchard Core's document shape. An item whose id the tenant already holds is left unchanged, so
/// applying a recipe again to a running tenant adds what is missing and overwrites no editor's work.
/// </summary>
public sealed class ContentStep : IRecipeStep
{
    private static readonly HashSet<string> ItemProperties = new(StringComparer.Ordinal)
    {
        "ContentItemId", "ContentType", "DisplayText", "Published", "PublishedUtc", "Owner",
    };

    public string Name => "Content";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        var data = JsonPaths.GetArray(step, "data");
        if (data is null)
        {
            errors.Add("data", "Thiếu danh sách \"data\".");
            return;
        }

        for (var i = 0; i < data.Count; i++)
        {
            if (ToItem(data[i], out var problem) is not { } item)
            {
                errors.Add($"data[{i}]", problem!);
                continue;
            }

            if (plan.IsStored(item.ContentItemId))
            {
                // Applied again to a running tenant: the item is kept as its editors left it.
                continue;
            }

            foreach (var error in ContentItemValidator.Validate(item, plan.Definitions, plan))
            {
                errors.Add($"data[{i}].{error.Path}", error.Message);
            }

            if (!plan.DeclareItem(item))
            {
                errors.Add($"data[{i}].ContentItemId", $"ContentItemId \"{item.ContentItemId}\" bị trùng.");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var manager = execution.Services.GetRequiredService<ContentManager>();
        var definitions = await execution.Services.GetRequiredService<ContentDefinitionStore>().LoadAllAsync(cancellationToken);
        var references = execution.Services.GetRequiredService<StoredContentReferences>();
        // The recipe's one context would otherwise keep every imported item tracked, and every save would scan them all.
        var checkpoint = new TrackerCheckpoint(execution.Services.GetRequiredService<CmsDbContext>());
        foreach (var node in JsonPaths.GetArray(step, "data")!)
        {
            if (references.ItemExists(JsonPaths.GetString((JsonObject)node!, "ContentItemId")!))
            {
                continue;
            }

            await manager.CreateAsync(ToItem(node, out _)!, definitions, references, execution.UserName, cancellationToken);
            checkpoint.ForgetSavedSince();
        }
    }

    private static ContentItem? ToItem(JsonNode? node, out string? problem)
    {
        problem = null;
        if (node is not JsonObject obj)
        {
            problem = "Mỗi nội dung phải là một đối tượng JSON.";
            return null;
        }

        var id = JsonPaths.GetString(obj, "ContentItemId");
        var type = JsonPaths.GetString(obj, "ContentType");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(type))
        {
            problem = "Thiếu ContentItemId hoặc ContentType.";
            return null;
        }

        DateTime? publishedUtc = null;
        if (JsonPaths.GetString(obj, "PublishedUtc") is { } published)
        {
            if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                problem = $"PublishedUtc \"{published}\" không phải ngày giờ ISO 8601.";
                return null;
            }

            publishedUtc = parsed.UtcDateTime;
        }

        var parts = new JsonObject();
        foreach (var (key, value) in obj.Where(p => !ItemProperties.Contains(p.Key)))
        {
            parts[key] = value?.DeepClone();
        }

        return new ContentItem
        {
            ContentItemId = id,
            ContentType = type,
            DisplayText = JsonPaths.GetString(obj, "DisplayText") ?? "",
            Published = obj["Published"]?.GetValueKind() == JsonValueKind.True,
            PublishedUtc = publishedUtc,
            Owner = JsonPaths.GetString(obj, "Owner"),
            Content = parts,
        };
    }
}
