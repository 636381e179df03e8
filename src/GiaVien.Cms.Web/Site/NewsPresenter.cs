using System.Globalization;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Web.Site;

/// <summary>Turns a DistrictNews item into what the views show (date line in Việt Nam time, lead, body…).</summary>
public static class NewsPresenter
{
    public const string NewsType = "DistrictNews";
    private const string Part = "DistrictNewsPart";

    public static NewsSummaryViewModel Summary(ContentItem item, string basePath)
    {
        var date = DisplayDate(item);
        return new NewsSummaryViewModel(item.DisplayText, $"{basePath}/{item.RoutePath}", VietnameseDates.DateLine(date), Iso(date), Text(item, "Lead", "Text"));
    }

    public static ArticleViewModel Article(ContentItem item, SiteViewModel site)
    {
        var date = DisplayDate(item);
        var body = Text(item, "Body", "Html") ?? Text(item.Part("PagePart")?["Body"]?["Html"]) ?? "";
        return new ArticleViewModel(site, item.DisplayText, VietnameseDates.DateTimeLine(date), Iso(date),
            Text(item, "Lead", "Text"), body, Text(item, "Byline", "Text"), Text(item, "Source", "Text"));
    }

    /// <summary>The editor's display date when set, else the publication time.</summary>
    public static DateTime DisplayDate(ContentItem item) => DisplayDates.Of(item);

    /// <summary>ISO 8601 in Việt Nam time, for the datetime attribute and the API.</summary>
    public static string Iso(DateTime utc) => new DateTimeOffset(VietnameseDates.ToVietnamTime(utc), TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Text(ContentItem item, string field, string key) => Text(item.Field(Part, field, key));

    private static string? Text(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
