namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Each host reads recipes (and the files they import) from its own copy of the product's <c>recipes/</c> folder, so a test can add a
/// broken recipe without other tests seeing it.
/// </summary>
public static class TestRecipes
{
    public static string ProductFolder => Path.Combine(AppContext.BaseDirectory, "recipes");

    public static string CreateFolder(string dataPath)
    {
        var folder = Path.Combine(dataPath, "test-recipes");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(ProductFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(ProductFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return folder;
    }

    /// <summary>Writes <paramref name="json"/> as <c>{name}.recipe.json</c> in the host's recipes folder.</summary>
    public static void Add(CmsHost host, string name, string json) =>
        File.WriteAllText(Path.Combine(host.RecipesPath, name + ".recipe.json"), json);
}
