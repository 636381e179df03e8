using System.Text.Json.Nodes;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Province;

/// <summary>
/// The product's recipes plus <c>province-commune</c>: the commune recipe with one published news item shared with the
/// district, so every created commune is a sharing tenant with something to share, as in a real province.
/// </summary>
internal static class ProvinceRecipes
{
    public const string Commune = "province-commune";

    /// <summary>Copies the recipes into <paramref name="workFolder"/> and returns the folder for <c>Cms__RecipesPath</c>.</summary>
    public static string Create(string workFolder)
    {
        var folder = Path.Combine(workFolder, "recipes");
        var source = Path.Combine(BenchApps.Folder, "recipes");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "giavien-commune.recipe.json")))!.AsObject();
        recipe["name"] = Commune;
        var content = recipe["steps"]!.AsArray().First(s => (string?)s!["name"] == "Content")!["data"]!.AsArray();
        content.Add(JsonNode.Parse("""
            {
              "ContentItemId": "tin-ra-quan-giao-thong",
              "ContentType": "DistrictNews",
              "Published": true,
              "PublishedUtc": "2025-04-07T02:00:00Z",
              "TitlePart": { "Title": "[setup:SiteName] ra quân làm đường giao thông nông thôn" },
              "DistrictNewsPart": {
                "Lead": { "Text": "Sáng 7/4, cán bộ và nhân dân các thôn cùng ra quân đổ bê tông, phát quang hành lang các tuyến đường liên thôn." },
                "Body": { "Html": "<p>Các hộ dân hiến đất, góp ngày công; đoàn thanh niên nhận trồng cây xanh dọc tuyến mới làm.</p>" },
                "ShareWithDistrict": { "Value": true }
              }
            }
            """));
        File.WriteAllText(Path.Combine(folder, Commune + ".recipe.json"), recipe.ToJsonString());
        return folder;
    }
}
