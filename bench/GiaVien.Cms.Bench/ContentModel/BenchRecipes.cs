extern alias SearchBench;

using System.Text.Json;
using System.Text.Json.Nodes;
using SearchBench::GiaVien.Cms.Search.Bench;

namespace GiaVien.Cms.Bench.ContentModel;

/// <summary>
/// A copy of one build's own recipes folder with two recipes added: <c>bench-articles</c>, the same generated district
/// news for every build (fixed seed), and <c>bench-setup</c>, the district alone (the build's own <c>giavien-district</c>
/// and <c>demo-district-content</c>) plus those articles. No member site and no feature is set up: both builds then
/// serve the same content, and what differs is the code, not what later demo recipes switched on.
/// </summary>
internal static class BenchRecipes
{
    public const string SetupRecipe = "bench-setup";

    private const string ArticlesRecipe = "bench-articles";

    public static async Task<string> PrepareAsync(string buildFolder, string target, int articles)
    {
        CopyFolder(Path.Combine(buildFolder, "recipes"), target);
        await WriteAsync(target, ArticlesRecipe, false, new JsonObject { ["name"] = "Content", ["data"] = Articles(articles) });
        await WriteAsync(target, SetupRecipe, true,
            new JsonObject { ["name"] = "Recipes", ["Values"] = new JsonArray("giavien-district", "demo-district-content", ArticlesRecipe) });
        return target;
    }

    private static JsonArray Articles(int count)
    {
        var generator = new NewsGenerator(seed: 14);
        var items = new JsonArray();
        for (var number = 1; number <= count; number++)
        {
            var item = generator.Next(number);
            var news = (JsonObject)item.Content["DistrictNewsPart"]!.DeepClone();
            news["Categories"]!["TaxonomyContentItemId"] = "chuyen-muc";
            items.Add(new JsonObject
            {
                ["ContentItemId"] = item.ContentItemId,
                ["ContentType"] = item.ContentType,
                ["Published"] = true,
                ["PublishedUtc"] = item.PublishedUtc,
                ["TitlePart"] = item.Content["TitlePart"]!.DeepClone(),
                ["DistrictNewsPart"] = news,
            });
        }

        return items;
    }

    private static async Task WriteAsync(string folder, string name, bool isSetupRecipe, JsonObject step)
    {
        var recipe = new JsonObject
        {
            ["name"] = name,
            ["displayName"] = $"Đo hiệu năng: {name}",
            ["description"] = "Công thức sinh ra cho bài đo hiệu năng.",
            ["author"] = "GiaVien.Cms.Bench",
            ["version"] = "1.0.0",
            ["isSetupRecipe"] = isSetupRecipe,
            ["steps"] = new JsonArray(step),
        };
        await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.recipe.json"), recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
