using System.Globalization;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Web.Site;

/// <summary>Turns news items into what the views show (date line in Việt Nam time, lead, body, image…).</summary>
public static class NewsPresenter
{
    public const string NewsType = NewsPart.TypeName;
    public const string PageType = "Page";

    /// <summary>The item as a list shows it: made once per summary record (<see cref="NewsSummaries"/>).</summary>
    public static NewsSummaryViewModel Summary(ContentSummary item, string basePath) => NewsSummaries.Of(item, basePath, MakeSummary);

    private static NewsSummaryViewModel MakeSummary(ContentSummary item, string basePath) =>
        new(item.Title, $"{basePath}/{item.Path}", VietnameseDates.DateLine(item.DateUtc), Iso(item.DateUtc), item.Lead,
            NewsImages.For(basePath, item.ImagePath, item.ImageAlt, item.Title, NewsImages.Card));

    /// <param name="words">The theme's words in the item's language (the e-mail share link's label).</param>
    public static ArticleViewModel Article(ContentItem item, SiteViewModel site, IReadOnlyList<LinkViewModel> categories, IReadOnlyList<NewsSummaryViewModel> others, string canonicalUrl,
        IReadOnlyDictionary<string, string> words) => Article(item, item.As<NewsPart>(), item.As<LocalizationPart>().Culture, site, categories, others, canonicalUrl, words);

    /// <param name="news">The item's news part, read once by the caller: each read of a part decodes its JSON again, the body included.</param>
    /// <param name="culture">The item's language (its <see cref="LocalizationPart"/>), known to the caller.</param>
    public static ArticleViewModel Article(ContentItem item, NewsPart news, string culture, SiteViewModel site, IReadOnlyList<LinkViewModel> categories,
        IReadOnlyList<NewsSummaryViewModel> others, string canonicalUrl, IReadOnlyDictionary<string, string> words)
    {
        var date = DisplayDates.Of(item, news);
        var image = NewsImages.For(site.BasePath, news.ImagePath, news.ImageAlt, item.DisplayText, NewsImages.Article);
        var dateLine = culture == LocalizationPart.English ? EnglishDates.DateLine(date)
            : news.DisplayDateHasTime ? VietnameseDates.DateTimeLine(date) : VietnameseDates.DateLine(date);
        return new ArticleViewModel(site, new ArticleTextViewModel(item.DisplayText, dateLine, Iso(date),
            news.Lead, Body(item, news), news.Byline, news.Source, image, categories, ShareLinks(canonicalUrl, item.DisplayText, words["email"])), others);
    }

    public static string? Lead(ContentItem item) => item.As<NewsPart>().Lead;

    /// <summary>The meta description: the editor's "Mô tả SEO" when written, else the lead.</summary>
    public static string? Description(ContentItem item) => Description(item.As<NewsPart>());

    public static string? Description(NewsPart news) => news.SeoDescription ?? news.Lead;

    /// <summary>The body; one stored before figures were saved clean loses its editor attributes here, until its next save.</summary>
    public static string Body(ContentItem item) => Body(item, item.As<NewsPart>());

    private static string Body(ContentItem item, NewsPart news) => EditorFigures.Normalize(news.Body ?? item.As<PagePart>().Body ?? "");

    public static string? ImagePath(ContentItem item) => item.As<NewsPart>().ImagePath;

    public static IReadOnlyList<string> TermIds(ContentItem item) => item.As<NewsPart>().TermIds;

    /// <summary>The editor's display date when set, else the publication time.</summary>
    public static DateTime DisplayDate(ContentItem item) => DisplayDates.Of(item);

    /// <summary>ISO 8601 in Việt Nam time with its offset: "2023-10-04T09:15:00+07:00".</summary>
    public static string Iso(DateTime utc) => new DateTimeOffset(VietnameseDates.ToVietnamTime(utc), TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static List<LinkViewModel> ShareLinks(string url, string title, string mailLabel)
    {
        var u = Uri.EscapeDataString(url);
        return
        [
            new("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"),
            new("X (Twitter)", $"https://twitter.com/intent/tweet?url={u}&text={Uri.EscapeDataString(title)}"),
            new(mailLabel, $"mailto:?subject={Uri.EscapeDataString(title)}&body={u}"),
        ];
    }
}
