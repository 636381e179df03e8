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

    public static IReadOnlyList<(string Title, bool Published)> News(string tenant)
    {
        var file = tenant == "default" ? "demo-district-content" : $"demo-{tenant}-content";
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(TestRecipes.ProductFolder, file + ".recipe.json")))!;
        return recipe["steps"]![0]!["data"]!.AsArray()
            .Select(i => (i!["TitlePart"]!["Title"]!.GetValue<string>(), i["Published"]!.GetValue<bool>()))
            .ToList();
    }

    /// <summary>Titles of a tenant's demo news that are not shared with the district portal.</summary>
    public static IReadOnlyList<string> Unshared(string tenant)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(TestRecipes.ProductFolder, $"demo-{tenant}-content.recipe.json")))!;
        return recipe["steps"]![0]!["data"]!.AsArray()
            .Where(i => i!["DistrictNewsPart"]?["ShareWithDistrict"]?["Value"]?.GetValue<bool>() != true)
            .Select(i => i!["TitlePart"]!["Title"]!.GetValue<string>())
            .ToList();
    }
}
