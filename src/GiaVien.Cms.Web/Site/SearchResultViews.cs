using GiaVien.Cms.Search.Querying;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A results page's hits and facet links as the search page shows them, kept per tenant for the very results instance
/// the search answered with. The results cache answers a repeated search with the same instance for as long as nothing
/// it shows has changed (<see cref="SearchResultsCache"/>), so a repeated search page reuses its hits and links instead
/// of writing ten hits' dates and every facet value's address again and then comparing them by value with the kept ones
/// (<see cref="SharedSearchHits"/>, <see cref="SharedSearchFilters"/>): a seventh of a repeated search page's handler.
/// <para>
/// What they show is a function of the key alone: the results instance (immutable; a publish, an edit, an unpublish or a
/// commune's new name is another instance), the page's language (the dates) and scope (a district hit's commune), its
/// address (path base, path and query string, which the facet links carry and whose field filters mark the value chosen)
/// and the searchable fields' instance (the facets' labels; a changed type is a new instance). A miss builds them as
/// before. At most <see cref="MaxPerTenant"/> a tenant, on its shell and freed with it; each entry holds a results page
/// (a few kilobytes, the results cache keeps it too) and the two shared view models, which their own keepers hold anyway.
/// </para>
/// </summary>
internal static class SearchResultViews
{
    internal const int MaxPerTenant = 16;

    // Found by its results instance and page (Find), never by value: For's comparison and marking are not used.
    private static readonly SharedInstances<ShellContext, Shown> ByShell = new(MaxPerTenant, static (_, _) => false, static shown => shown);

    /// <summary>
    /// The hits and facets of <paramref name="results"/> as shown at <paramref name="page"/>: kept ones, or those
    /// <paramref name="build"/> makes (kept when the page has hits; without, it has no facet either and shows nothing kept).
    /// </summary>
    public static (SearchHitListViewModel Hits, SearchFacetListViewModel Facets) For(ShellContext shell, SearchResults results, ShownAt page,
        Func<(SearchHitListViewModel Hits, SearchFacetListViewModel Facets)> build)
    {
        if (ByShell.Find(shell, (results, page), static (wanted, shown) => ReferenceEquals(wanted.results, shown.Results) && wanted.page == shown.Page) is { } kept)
        {
            return (kept.Hits, kept.Facets);
        }

        var (hits, facets) = build();
        if (results.Hits.Count > 0)
        {
            ByShell.Add(shell, new Shown(results, page, hits, facets));
        }

        return (hits, facets);
    }

    /// <summary>
    /// Where a results page is shown: its language and scope, its address as the request gave it, and the searchable
    /// fields' instance its facets are labelled from (compared by reference: one per definitions instance and type).
    /// </summary>
    internal readonly record struct ShownAt(string Language, bool IsDistrict, string? PathBase, string? Path, string? Query, object SearchableFacets)
    {
        public bool Equals(ShownAt other) =>
            Language == other.Language && IsDistrict == other.IsDistrict && PathBase == other.PathBase && Path == other.Path && Query == other.Query
            && ReferenceEquals(SearchableFacets, other.SearchableFacets);

        public override int GetHashCode() => HashCode.Combine(Language, IsDistrict, Path, Query);
    }

    private sealed record Shown(SearchResults Results, ShownAt Page, SearchHitListViewModel Hits, SearchFacetListViewModel Facets);
}
