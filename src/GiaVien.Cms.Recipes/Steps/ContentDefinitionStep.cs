using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Steps;

/// <summary><c>{"name":"ContentDefinition","ContentTypes":[…],"ContentParts":[…]}</c>: content types made of parts and fields.</summary>
public sealed class ContentDefinitionStep : IRecipeStep
{
    public string Name => "ContentDefinition";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        var parts = Read<ContentPartDefinition>(step, "ContentParts", errors);
        var types = Read<ContentTypeDefinition>(step, "ContentTypes", errors);
        for (var i = 0; i < parts.Count; i++)
        {
            if (ContentTypeRules.NameError(parts[i].Name) is { } nameError)
            {
                errors.Add($"ContentParts[{i}].Name", nameError);
            }

            foreach (var duplicate in parts[i].Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
            {
                errors.Add($"ContentParts[{i}].Fields", $"Trường \"{duplicate.Key}\" bị khai báo hai lần.");
            }

            for (var f = 0; f < parts[i].Fields.Count; f++)
            {
                if (plan.Definitions.Kinds.Find(parts[i].Fields[f].Kind) is null)
                {
                    errors.Add($"ContentParts[{i}].Fields[{f}].Kind", $"Loại trường \"{parts[i].Fields[f].Kind}\" không tồn tại. Các loại có: {string.Join(", ", plan.Definitions.Kinds.All.Select(k => k.Name))}.");
                }
            }
        }

        var definitions = plan.Definitions.With(types, parts);
        for (var i = 0; i < types.Count; i++)
        {
            foreach (var (property, message) in ContentTypeRules.Errors(types[i], definitions))
            {
                errors.Add($"ContentTypes[{i}].{property}", message);
            }
        }

        plan.Definitions = definitions;
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var ignored = new StepErrors([], "", 0, Name);
        var store = execution.Services.GetRequiredService<ContentDefinitionStore>();
        await store.StageAsync(Read<ContentTypeDefinition>(step, "ContentTypes", ignored), Read<ContentPartDefinition>(step, "ContentParts", ignored), cancellationToken);
        await execution.Services.GetRequiredService<CmsDbContext>().SaveChangesAsync(cancellationToken);
    }

    private static List<T> Read<T>(JsonObject step, string property, StepErrors errors)
    {
        var list = new List<T>();
        var array = JsonPaths.GetArray(step, property) ?? [];
        for (var i = 0; i < array.Count; i++)
        {
            try
            {
                list.Add(array[i].Deserialize<T>(ContentDefinitionStore.Json) ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                errors.Add($"{property}[{i}]{e.Path?.TrimStart('$')}", $"Định nghĩa không hợp lệ: {e.Message}");
            }
        }

        return list;
    }
}
