using GiaVien.Cms.Content.News;

namespace GiaVien.Cms.Content.Items;

/// <summary>The date an item shows and sorts by: the editor's display date when set, else the publication time.</summary>
public static class DisplayDates
{
    public static DateTime Of(ContentItem item) => item.As<NewsPart>().DisplayDateUtc ?? item.PublishedUtc ?? item.CreatedUtc;
}
