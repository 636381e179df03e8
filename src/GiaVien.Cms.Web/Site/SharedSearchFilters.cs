using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The search form's category and type options and a results page's facets, each as one instance per tenant for as long
/// as they show the same, so the theme keeps their markup beside them (<c>{% kept_include 'Partials/SearchOptions' %}</c>,
/// <c>{% kept_include 'Partials/SearchFacets' %}</c>) instead of rendering twenty-odd options and every facet's links
/// through Fluid on every search page, as <see cref="SharedSearchHits"/> does for the hits. Each page still builds them
/// (from the tenant's categories and types, the option chosen, the results' facet counts and the page's own query string)
/// and they are compared by value with the instances kept for the tenant, so a new category, a renamed type, another
/// choice, new counts after a publish or another query is a new instance, and new markup, on the very next page. The
/// instances hang on the tenant's shell and are freed with it.
/// </summary>
internal static class SharedSearchFilters
{
    // One per category or type chosen in the form: the first pages of a few searches.
    internal const int MaxOptionsPerTenant = 8;

    // One per distinct results page's facets (values, counts and the links that carry the page's query).
    internal const int MaxFacetsPerTenant = 16;

    private static readonly SharedInstances<ShellContext, SearchFormOptionsViewModel> Options = new(MaxOptionsPerTenant,
        static (options, shared) => options.Categories.SequenceEqual(shared.Categories) && options.ContentTypes.SequenceEqual(shared.ContentTypes),
        SharedInstances.MarkupKept);

    private static readonly SharedInstances<ShellContext, SearchFacetListViewModel> Facets = new(MaxFacetsPerTenant,
        static (facets, shared) => SharedInstances.SameItems(facets.Items, shared.Items, static (a, b) => a.Label == b.Label && a.Values.SequenceEqual(b.Values)),
        SharedInstances.MarkupKept);

    /// <summary>The tenant's shared instance with <paramref name="options"/>' values.</summary>
    public static SearchFormOptionsViewModel For(ShellContext shell, SearchFormOptionsViewModel options) => Options.For(shell, options);

    /// <summary>The tenant's shared instance with <paramref name="facets"/>' values; a page without facets is not kept.</summary>
    public static SearchFacetListViewModel For(ShellContext shell, SearchFacetListViewModel facets) =>
        facets.Items.Count == 0 ? facets : Facets.For(shell, facets);
}
