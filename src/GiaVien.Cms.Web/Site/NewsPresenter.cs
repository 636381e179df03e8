using System.Globalization;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Serving;

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

    public static ArticleViewModel Article(ContentItem item, SiteViewModel site, MediaFileRecord? featuredImage = null)
    {
        var date = DisplayDate(item);
        var body = Text(item, "Body", "Html") ?? Text(item.Part("PagePart")?["Body"]?["Html"]) ?? "";
        return new ArticleViewModel(site, item.DisplayText, VietnameseDates.DateTimeLine(date), Iso(date),
            Text(item, "Lead", "Text"), body, Text(item, "Byline", "Text"), Text(item, "Source", "Text"),
            featuredImage is null ? null : Image(featuredImage, ImageProfile.Article, site.BasePath, item.DisplayText));
    }

    /// <summary>The library path of the featured image (<c>DistrictNewsPart.FeaturedImage.Paths[0]</c>), if any.</summary>
    public static string? FeaturedImagePath(ContentItem item) =>
        item.Field(Part, "FeaturedImage", "Paths") is System.Text.Json.Nodes.JsonArray { Count: > 0 } paths ? Text(paths[0]) : null;

    private static ImageViewModel? Image(MediaFileRecord file, ImageProfile profile, string basePath, string fallbackAlt)
    {
        if (file.Kind != MediaKind.Image || file.Width is not { } width || file.Height is not { } height)
        {
            return null;
        }

        var size = profile.OutputSize(width, height);
        return new ImageViewModel(MediaUrls.Profile(basePath, profile, file.Path), size.Width, size.Height, file.AltText ?? fallbackAlt, file.Caption);
    }

    /// <summary>The editor's display date when set, else the publication time.</summary>
    public static DateTime DisplayDate(ContentItem item) =>
        Text(item, "DisplayDate", "Value") is { } value && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime
            : item.PublishedUtc ?? item.CreatedUtc;

    private static string Iso(DateTime utc) => new DateTimeOffset(VietnameseDates.ToVietnamTime(utc), TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Text(ContentItem item, string field, string key) => Text(item.Field(Part, field, key));

    private static string? Text(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
