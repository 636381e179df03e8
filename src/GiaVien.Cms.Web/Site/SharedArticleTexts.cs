using GiaVien.Cms.Content.News;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// An article's text (<see cref="ArticleTextViewModel"/>) as one instance per stored version for as long as its values
/// stay the same, so the theme keeps its markup beside it (<c>{% kept_include 'Partials/ArticleText' %}</c>) instead of
/// rendering the title, body, categories and share links through Fluid on every uncached article page. Each page still
/// builds the text from the stored version, the tenant's categories and the media library, and it is compared by value
/// with the instances kept for that version, so a category renamed, a photo's description edited or another address of
/// the site is a new instance (and new markup) on the very next page; an edit, a publish or a translation is a new stored
/// version, read as a new <see cref="NewsPart"/> (<see cref="Content.Items.StoredParts"/>), so it keeps nothing of the old.
/// The instances hang on that part, which lives as long as the tenant's read cache keeps the row: what they keep (the
/// markup, about twice the body's size) goes with it.
/// </summary>
internal static class SharedArticleTexts
{
    // Variants of one stored version: the addresses the tenant is reached by, and a rename or a photo's description
    // edited while the version stays; after a change the old instance is never shown again and the oldest gives way.
    internal const int MaxPerVersion = 4;

    private static readonly SharedInstances<NewsPart, ArticleTextViewModel> ByVersion = new(MaxPerVersion, SameValues, SharedInstances.MarkupKept);

    /// <summary>The shared instance with <paramref name="text"/>'s values for the stored version <paramref name="news"/> was decoded from.</summary>
    public static ArticleTextViewModel For(NewsPart news, ArticleTextViewModel text) => ByVersion.For(news, text);

    /// <summary>Whether <paramref name="text"/> shows what <paramref name="shared"/> shows.</summary>
    internal static bool SameValues(ArticleTextViewModel text, ArticleTextViewModel shared) =>
        text.Categories.SequenceEqual(shared.Categories)
        && text.Share.SequenceEqual(shared.Share)
        // Every other member compared by the record's own equality (the image by its own), the lists already compared above.
        && text with { Categories = shared.Categories, Share = shared.Share } == shared;
}
