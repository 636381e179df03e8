namespace GiaVien.Cms.Content.Published;

/// <summary>
/// What a list shows of a published item: read from the stored JSON without its body, so the home page,
/// category pages and feeds never parse article HTML.
/// </summary>
public sealed record ContentSummary(
    string ContentItemId,
    string ContentType,
    string Title,
    string? Path,
    DateTime PublishedUtc,
    DateTime ModifiedUtc,
    DateTime? DisplayDateUtc,
    string? Lead,
    string? ImagePath,
    string? ImageAlt,
    IReadOnlyList<string> TermIds,
    bool ShareWithDistrict)
{
    /// <summary>The editor's display date when set, else the publication time.</summary>
    public DateTime DateUtc => DisplayDateUtc ?? PublishedUtc;
}

/// <summary>A category (taxonomy term) of the tenant's "Chuyên mục" taxonomy; <see cref="Slug"/> is its URL segment.</summary>
public sealed record CategoryTerm(string ContentItemId, string Title, string Slug);

/// <summary>A published item's canonical path and last change, for sitemaps.</summary>
public sealed record PublishedEntry(string Path, string ContentType, string Title, DateTime ModifiedUtc);
