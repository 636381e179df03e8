using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A search results page's hits as one instance per tenant for as long as they show the same, so the theme keeps their
/// markup beside it (<c>{% kept_include 'Partials/SearchHits' %}</c>) and a repeated search (answered by the
/// <see cref="Search.Querying.SearchResultsCache"/>) writes its ten hits without rendering them through Fluid again.
/// Each page still builds its hits from the search's results; they are compared by value with the instances kept for
/// the tenant, so a publish, an edit, another page or query, or a commune's new name in the district view is a new
/// instance, and new markup, on the very next page. The instances hang on the tenant's shell, so what they keep is
/// freed with the tenant when it is released.
/// </summary>
internal static class SharedSearchHits
{
    // The tenant's most recent distinct results pages; a search not among them renders its hits once more and takes the
    // oldest one's place. Each holds ten hits and their markup (a few kilobytes).
    internal const int MaxPerTenant = 16;

    private static readonly SharedInstances<ShellContext, SearchHitListViewModel> ByShell =
        new(MaxPerTenant, static (hits, shared) => hits.Items.SequenceEqual(shared.Items), SharedInstances.MarkupKept);

    /// <summary>The tenant's shared instance with <paramref name="hits"/>' values.</summary>
    public static SearchHitListViewModel For(ShellContext shell, SearchHitListViewModel hits) =>
        // A page without hits (nothing found, a bad query) renders no hit: it need not take a kept page's place.
        hits.Items.Count == 0 ? hits : ByShell.For(shell, hits);
}
