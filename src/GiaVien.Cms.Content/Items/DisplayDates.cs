using GiaVien.Cms.Content.News;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// The date an item shows and sorts by: the editor's display date when set, else the publication time. A display
/// date given as a day alone starts at midnight in Việt Nam and is shown without a time.
/// </summary>
public static class DisplayDates
{
    public static DateTime Of(ContentItem item) => Of(item, item.As<NewsPart>());

    /// <param name="news">The item's news part, already read by the caller.</param>
    public static DateTime Of(ContentItem item, NewsPart news) => news.DisplayDateUtc ?? item.PublishedUtc ?? item.CreatedUtc;

    /// <summary>The display date the editor gave, or null.</summary>
    public static DateTime? EditorsDate(ContentItem item) => item.As<NewsPart>().DisplayDateUtc;

    /// <summary>False when the editor gave a day without a time.</summary>
    public static bool HasTime(ContentItem item) => item.As<NewsPart>().DisplayDateHasTime;
}
