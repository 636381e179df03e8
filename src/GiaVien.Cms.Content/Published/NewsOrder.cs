using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Content.Published;

/// <summary>
/// The one order of every public list and feed: the display date (the publication time when the editor gave none),
/// then the publication time, so an older article published today takes its place by its date, not at the top.
/// </summary>
public static class NewsOrder
{
    public static IOrderedQueryable<ContentItemRecord> NewestFirst(this IQueryable<ContentItemRecord> query) =>
        query.OrderByDescending(i => i.DisplayDateUtc ?? i.PublishedUtc).ThenByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id);

    public static IOrderedEnumerable<T> NewestFirst<T>(this IEnumerable<T> items, Func<T, ContentSummary> summary) =>
        items.OrderByDescending(x => summary(x).DateUtc).ThenByDescending(x => summary(x).PublishedUtc);
}
