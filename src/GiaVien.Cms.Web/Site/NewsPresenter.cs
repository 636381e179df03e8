using System.Globalization;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Web.Site;

/// <summary>Turns news items into what the views show (date line in Việt Nam time, lead, body, image…).</summary>
public static class NewsPresenter
{
    public const string NewsType = "DistrictNews";
    public const string PageType = "Page";
    private const string Part = "DistrictNewsPart";

    public static NewsSummaryViewModel Summary(ContentSummary item, string basePath) =>
        new(item.Title, $"{basePath}/{item.Path}", VietnameseDates.DateLine(item.DateUtc), Iso(item.DateUtc), item.Lead,
            NewsImages.For(basePath, item.ImagePath, item.ImageAlt, item.Title, NewsImages.Card));

    public static ArticleViewModel Article(ContentItem item, SiteViewModel site, IReadOnlyList<LinkViewModel> categories, IReadOnlyList<NewsSummaryViewModel> others, string canonicalUrl)
    {
        var date = DisplayDate(item);
        var paths = item.Field(Part, "FeaturedImage", "Paths") as System.Text.Json.Nodes.JsonArray;
        var texts = item.Field(Part, "FeaturedImage", "MediaTexts") as System.Text.Json.Nodes.JsonArray;
        var image = NewsImages.For(site.BasePath, Text(paths?.FirstOrDefault()), Text(texts?.FirstOrDefault()), item.DisplayText, NewsImages.Article);
        var dateLine = DisplayDates.HasTime(item) ? VietnameseDates.DateTimeLine(date) : VietnameseDates.DateLine(date);
        return new ArticleViewModel(site, item.DisplayText, dateLine, Iso(date),
            Lead(item), Body(item), Text(item, "Byline", "Text"), Text(item, "Source", "Text"), image, categories, ShareLinks(canonicalUrl, item.DisplayText), others);
    }

    public static string? Lead(ContentItem item) => Text(item, "Lead", "Text");

    /// <summary>The meta description: the editor's "Mô tả SEO" when written, else the lead.</summary>
    public static string? Description(ContentItem item) => Text(item, "SeoDescription", "Text") ?? Lead(item);

    /// <summary>The body; one stored before figures were saved clean loses its editor attributes here, until its next save.</summary>
    public static string Body(ContentItem item) => EditorFigures.Normalize(Text(item, "Body", "Html") ?? Text(item.Part("PagePart")?["Body"]?["Html"]) ?? "");

    public static string? Byline(ContentItem item) => Text(item, "Byline", "Text");

    public static string? ImagePath(ContentItem item) => Text((item.Field(Part, "FeaturedImage", "Paths") as System.Text.Json.Nodes.JsonArray)?.FirstOrDefault());

    public static IReadOnlyList<string> TermIds(ContentItem item) =>
        (item.Field(Part, "Categories", "TermContentItemIds") as System.Text.Json.Nodes.JsonArray)?.Select(Text).OfType<string>().ToList() ?? [];

    /// <summary>The editor's display date when set, else the publication time.</summary>
    public static DateTime DisplayDate(ContentItem item) => DisplayDates.Of(item);

    /// <summary>ISO 8601 in Việt Nam time with its offset: "2023-10-04T09:15:00+07:00".</summary>
    public static string Iso(DateTime utc) => new DateTimeOffset(VietnameseDates.ToVietnamTime(utc), TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static List<LinkViewModel> ShareLinks(string url, string title)
    {
        var u = Uri.EscapeDataString(url);
        return
        [
            new("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"),
            new("X (Twitter)", $"https://twitter.com/intent/tweet?url={u}&text={Uri.EscapeDataString(title)}"),
            new("Thư điện tử", $"mailto:?subject={Uri.EscapeDataString(title)}&body={u}"),
        ];
    }

    private static string? Text(ContentItem item, string field, string key) => Text(item.Field(Part, field, key));

    private static string? Text(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
