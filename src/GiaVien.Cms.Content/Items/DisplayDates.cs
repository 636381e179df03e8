using GiaVien.Cms.Content.News;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// The date an item shows and sorts by: the editor's display date when set, else the publication time. A display
/// date given as a day alone starts at midnight in Việt Nam and is shown without a time.
/// </summary>
public static class DisplayDates
{
    public static DateTime Of(ContentItem item) => EditorsDate(item) ?? item.PublishedUtc ?? item.CreatedUtc;

    /// <summary>The display date the editor gave, or null.</summary>
    public static DateTime? EditorsDate(ContentItem item) => item.As<NewsPart>().DisplayDateUtc;

    /// <summary>False when the editor gave a day without a time.</summary>
    public static bool HasTime(ContentItem item) => item.As<NewsPart>().DisplayDateHasTime;
}
