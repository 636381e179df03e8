using System.Text.Json.Nodes;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>What the demo recipes say each tenant contains, read from the recipe files themselves.</summary>
public static class DemoContent
{
    public static readonly IReadOnlyDictionary<string, string> PrefixOfTenant = new Dictionary<string, string>
    {
        ["default"] = "",
        ["thi-tran-me"] = "/thi-tran-me",
        ["gia-hoa"] = "/gia-hoa",
        ["mat-tran"] = "/mat-tran",
    };

    public static IReadOnlyList<(string Title, bool Published)> News(string tenant) =>
        NewsItems(tenant == "default" ? "demo-district-content" : $"demo-{tenant}-content")
            .Select(i => (i!["TitlePart"]!["Title"]!.GetValue<string>(), i["Published"]!.GetValue<bool>()))
            .ToList();

    /// <summary>Titles of a tenant's demo news that are not shared with the district portal.</summary>
    public static IReadOnlyList<string> Unshared(string tenant) =>
        NewsItems($"demo-{tenant}-content")
            .Where(i => i!["DistrictNewsPart"]?["ShareWithDistrict"]?["Value"]?.GetValue<bool>() != true)
            .Select(i => i!["TitlePart"]!["Title"]!.GetValue<string>())
            .ToList();

    /// <summary>
    /// The news items of a recipe's "Content" step (the demo recipes also hold other types, such as "HoiDap"), without
    /// their English translations, which are reached from their original and listed nowhere.
    /// </summary>
    private static IEnumerable<JsonNode?> NewsItems(string recipeName) =>
        Items(recipeName).Where(i => i!["ContentType"]!.GetValue<string>() == "DistrictNews" && i["LocalizationPart"]?["Original"] is null);

    /// <summary>The content items of a recipe's "Content" step.</summary>
    private static JsonArray Items(string recipeName)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(TestRecipes.ProductFolder, recipeName + ".recipe.json")))!;
        return recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray();
    }
}
