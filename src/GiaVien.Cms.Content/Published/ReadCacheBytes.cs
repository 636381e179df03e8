using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Content.Published;

/// <summary>
/// Estimates of what answers weigh in the <see cref="Tenants.Caching.PublicReadCache"/>: two bytes a character of
/// their strings plus a fixed allowance per object, enough to bound the cache, not to account for it exactly.
/// </summary>
public static class ReadCacheBytes
{
    private const long PerObject = 64;

    public static long Of(string? text) => text is null ? 0 : PerObject + text.Length * 2L;

    public static long Of(ContentSummary summary) =>
        PerObject * 2 + Of(summary.ContentItemId) + Of(summary.ContentType) + Of(summary.Title) + Of(summary.Path) + Of(summary.Lead)
        + Of(summary.ImagePath) + Of(summary.ImageAlt) + summary.TermIds.Sum(Of);

    public static long Of(IReadOnlyList<ContentSummary> summaries) => PerObject + summaries.Sum(Of);

    internal static long Of(IReadOnlyList<PinnedSummary> pins) => PerObject + pins.Sum(p => PerObject + Of(p.Summary));

    public static long Of(IReadOnlyList<CategoryTerm> terms) => PerObject + terms.Sum(t => PerObject + Of(t.ContentItemId) + Of(t.Title) + Of(t.Slug));

    public static long Of(IReadOnlyList<PublishedEntry> entries) => PerObject + entries.Sum(e => PerObject + Of(e.Path) + Of(e.ContentType) + Of(e.Title));

    public static long Of(ContentItemRecord record) =>
        PerObject * 4 + Of(record.ContentItemId) + Of(record.ContentItemVersionId) + Of(record.ContentType) + Of(record.DisplayText) + Of(record.Data);

    public static long Of(IReadOnlyList<ContentItemRecord> records) => PerObject + records.Sum(Of);
}
