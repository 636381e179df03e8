namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// The announcement ("Thông báo") type of <c>recipes/thong-bao.recipe.json</c> and a recipe adding one announcement of it,
/// as a district would apply them to a tenant that is already running.
/// </summary>
public static class AnnouncementRecipes
{
    public const string Title = "Thông báo lịch tiếp công dân tháng 12";

    /// <summary>A recipe that includes the type's recipe and adds one published announcement with the given id.</summary>
    public static string WithContent(string name, string itemId, string body = "<p>Chủ tịch UBND tiếp công dân vào thứ năm hằng tuần.</p>") => $$"""
        {
          "name": "{{name}}",
          "displayName": "Thông báo và một thông báo mẫu",
          "steps": [
            { "name": "Recipes", "Values": [ "thong-bao" ] },
            { "name": "Content", "data": [ {
                "ContentItemId": "{{itemId}}", "ContentType": "ThongBao", "Published": true,
                "TitlePart": { "Title": "{{Title}}" },
                "ThongBaoPart": { "Body": { "Html": "{{body}}" }, "Level": { "Text": "Thường" } } } ] }
          ]
        }
        """;
}
