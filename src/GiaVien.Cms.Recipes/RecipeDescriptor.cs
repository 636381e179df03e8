using System.Text.Json.Nodes;

namespace GiaVien.Cms.Recipes;

/// <summary>A recipe file as read from <c>recipes/</c>: its header and its raw steps.</summary>
public sealed record RecipeDescriptor(
    string Name,
    string DisplayName,
    string? Description,
    bool IsSetupRecipe,
    string FileName,
    JsonArray Steps);
