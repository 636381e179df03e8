namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A page's metadata (title, description, canonical and alternate addresses, Open Graph values) as one instance per
/// site instance for as long as its values stay the same, so the theme keeps the layout's &lt;head&gt; beside it
/// (<c>{% kept_head %}</c>) instead of rendering some thirty tags through Fluid on every uncached page. Each page still
/// builds its <see cref="PageMetadata"/>; it is compared by value with the instances kept for the tenant's shared site
/// instance (<see cref="SharedSiteModels"/>), so a title or description edited, a translation added or a settings change
/// (a new site instance) shows on the very next page. The instances hang on the shared site instance, which hangs on
/// the tenant's shell: what they keep goes with the tenant when it is released, or with the site instance after a change.
/// </summary>
internal static class SharedPageMetadata
{
    // The pages of a tenant's address and language served uncached in turn; beyond that the oldest gives way, and a
    // page not kept is rendered as before (one head of 2-3 KB made and kept, its old one dropped).
    internal const int MaxPerSite = 32;

    private static readonly SharedInstances<SiteViewModel, PageMetadata> BySite = new(MaxPerSite, SameValues, static page => page);

    /// <summary>The instance kept for the shared site instance <paramref name="keptSite"/> with <paramref name="page"/>'s values.</summary>
    public static PageMetadata For(SiteViewModel keptSite, PageMetadata page) => BySite.For(keptSite, page);

    /// <summary>Whether <paramref name="page"/> holds what <paramref name="shared"/> holds.</summary>
    internal static bool SameValues(PageMetadata page, PageMetadata shared) =>
        // Another page's address first: most of the kept instances are other pages', told apart without a copy.
        page.CanonicalUrl == shared.CanonicalUrl
        && page.Alternates.SequenceEqual(shared.Alternates)
        && page.Scripts.SequenceEqual(shared.Scripts)
        // Every other member compared by the record's own equality, the lists already compared by value above.
        && page with { Alternates = shared.Alternates, Scripts = shared.Scripts } == shared;
}
