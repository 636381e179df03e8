using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Recipes;

/// <summary>Finds and reads the <c>*.recipe.json</c> files of the recipes folder.</summary>
public sealed class RecipeHarvester(IOptions<RecipesOptions> options)
{
    public const string Extension = ".recipe.json";

    public string Folder { get; } = Path.GetFullPath(options.Value.RecipesPath, AppContext.BaseDirectory);

    /// <summary>Every readable recipe; unreadable files are left out here and reported when used by name.</summary>
    public IReadOnlyList<RecipeDescriptor> List()
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var errors = new List<RecipeError>();
            if (Read(file, errors) is { } recipe)
            {
                recipes.Add(recipe);
            }
        }

        return recipes;
    }

    /// <summary>The recipe named <paramref name="name"/> (its "name", which is also its file name), or errors saying why not.</summary>
    public RecipeDescriptor? Find(string name, List<RecipeError> errors)
    {
        var file = Path.Combine(Folder, name + Extension);
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal) || !File.Exists(file))
        {
            errors.Add(new RecipeError(name + Extension, null, null, null, $"Không tìm thấy công thức \"{name}\" trong thư mục {Folder}."));
            return null;
        }

        return Read(file, errors);
    }

    public static RecipeDescriptor? Read(string file, List<RecipeError> errors) =>
        Parse(File.ReadAllText(file), Path.GetFileName(file), errors);

    /// <summary>
    /// A recipe from its JSON text; <paramref name="fileName"/> is where it came from, or null for a recipe pasted in
    /// the administration (it is then named after its own "name").
    /// </summary>
    public static RecipeDescriptor? Parse(string text, string? fileName, List<RecipeError> errors)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            errors.Add(new RecipeError(fileName ?? "công thức", null, null, null,
                $"JSON không hợp lệ ở dòng {e.LineNumber + 1}, cột {e.BytePositionInLine + 1}: {e.Message}"));
            return null;
        }

        if (root is not JsonObject header)
        {
            errors.Add(new RecipeError(fileName ?? "công thức", null, null, null, "Công thức phải là một đối tượng JSON."));
            return null;
        }

        var name = JsonPaths.GetString(header, "name");
        if (fileName is null && string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new RecipeError("công thức", null, null, "name", "Thiếu trường \"name\"."));
            return null;
        }

        fileName ??= name + Extension;
        var displayName = JsonPaths.GetString(header, "displayName");
        var expectedName = fileName[..^Extension.Length];
        if (name != expectedName)
        {
            errors.Add(new RecipeError(fileName, null, null, "name", $"Trường \"name\" phải là \"{expectedName}\" (trùng tên tệp)."));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add(new RecipeError(fileName, null, null, "displayName", "Thiếu trường \"displayName\"."));
        }

        if (header["steps"] is not JsonArray steps)
        {
            errors.Add(new RecipeError(fileName, null, null, "steps", "Thiếu danh sách \"steps\"."));
            return null;
        }

        return errors.Count > 0 ? null : new RecipeDescriptor(name!, displayName!, JsonPaths.GetString(header, "description"),
            header["isSetupRecipe"]?.GetValueKind() == JsonValueKind.True, fileName, steps);
    }
}
