namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// The announcement ("Thông báo") type of <c>recipes/thong-bao.recipe.json</c> and a recipe adding one announcement of it,
/// as a district would apply them to a tenant that is already running.
/// </summary>
public static class AnnouncementRecipes
{
    public const string Title = "Thông báo lịch tiếp công dân tháng 12";

    /// <summary>A recipe that includes the type's recipe and adds one published announcement with the given id.</summary>
    public static string WithContent(string name, string itemId, string body = "<p>Chủ tịch UBND tiếp công dân vào thứ năm hằng tuần.</p>") =>
        Recipe(name, Item(itemId, Title, body));

    /// <summary>A recipe that includes the type's recipe and adds <paramref name="count"/> published announcements, <c>{name}-1</c>….</summary>
    public static string WithContents(string name, int count) =>
        Recipe(name, [.. Enumerable.Range(1, count).Select(n => Item($"{name}-{n}", $"{Title} ({name}, {n})", "<p>Chủ tịch UBND tiếp công dân vào thứ năm hằng tuần.</p>"))]);

    private static string Recipe(string name, params string[] items) => $$"""
        {
          "name": "{{name}}",
          "displayName": "Thông báo và thông báo mẫu",
          "steps": [
            { "name": "Recipes", "Values": [ "thong-bao" ] },
            { "name": "Content", "data": [ {{string.Join(", ", items)}} ] }
          ]
        }
        """;

    private static string Item(string itemId, string title, string body) => $$"""
        {
            "ContentItemId": "{{itemId}}", "ContentType": "ThongBao", "Published": true,
            "TitlePart": { "Title": "{{title}}" },
            "ThongBaoPart": { "Body": { "Html": "{{body}}" }, "Level": { "Text": "Thường" } } }
        """;
}
