using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Endpoint metadata of the pages that read the page number (<c>?trang=N</c>): the output cache keeps one entry per
/// page number they would show, and no other query parameter (nor a page number on any other page) makes a new entry.
/// <see cref="AndFieldFilters"/> marks the content route, where a type's public list also filters and sorts on its
/// fields (<see cref="TypeListFilters"/> says which); <see cref="AndQuery"/> a list that reads parameters of its own
/// (the documents library's <c>?Nam=2024</c>).
/// </summary>
public sealed class VariesByPageNumber
{
    public static readonly VariesByPageNumber Instance = new(fieldFilters: false, []);

    public static readonly VariesByPageNumber AndFieldFilters = new(fieldFilters: true, []);

    private VariesByPageNumber(bool fieldFilters, string[] queryParameters)
    {
        FieldFilters = fieldFilters;
        QueryParameters = queryParameters;
    }

    /// <summary>A page that reads the page number and <paramref name="parameters"/> (any case, as a query collection reads them).</summary>
    public static VariesByPageNumber AndQuery(params string[] parameters) => new(fieldFilters: false, parameters);

    public bool FieldFilters { get; }

    /// <summary>The page's own query parameters, each of which makes entries (kept as the cache's vary rules take them, so no request copies them).</summary>
    public StringValues QueryParameters { get; }
}
