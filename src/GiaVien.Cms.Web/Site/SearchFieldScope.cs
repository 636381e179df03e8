using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// What a search may filter and count on the current tenant: the filterable and facet fields of the type asked for
/// (or of every visible type), read from the query string under the same names as the type's public list
/// (<c>?Level=Khẩn</c>), the sortable field asked for with <c>sort=</c>, and the types of disabled features, left out of the results.
/// </summary>
public sealed record SearchFieldScope(IReadOnlyDictionary<string, string> Filters, IReadOnlyList<(string Name, string Label)> Facets, IReadOnlyCollection<string> HiddenTypes)
{
    /// <summary><c>sort=Field</c> or <c>sort=-Field</c> by a sortable field of the types searched; null for the usual orders.</summary>
    public (string Field, bool Descending)? Sort { get; init; }

    /// <summary>Why <c>sort=</c> cannot be honoured (no sortable field of that name), in Vietnamese; null when it can.</summary>
    public string? SortError { get; init; }

    public static async Task<SearchFieldScope> ReadAsync(IQueryCollection query, string? type, ContentDefinitionStore store, CancellationToken cancellationToken)
    {
        var visible = await store.LoadAsync(cancellationToken);
        // From the read cache: reading every definition again for the hidden ones cost a sixth of an uncached search page.
        var hidden = await store.HiddenTypeNamesAsync(cancellationToken);
        var fields = SearchableFields.Of(visible, type);
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields.Filterable)
        {
            if (SearchQueryString.Value(query, field) is { } value)
            {
                filters[field] = value;
            }
        }

        return new SearchFieldScope(filters, fields.Facets, hidden) with { Sort = FieldSort(query, fields, out var sortError), SortError = sortError };
    }

    private static (string Field, bool Descending)? FieldSort(IQueryCollection query, SearchableFields fields, out string? error)
    {
        error = null;
        if (SearchQueryString.Value(query, "sort") is not { } requested || SearchQueryString.UsualSorts.Contains(requested))
        {
            return null;
        }

        var descending = requested.StartsWith('-');
        var name = descending ? requested[1..] : requested;
        if (fields.Sortable.Contains(name))
        {
            return (name, descending);
        }

        error = $"Không sắp xếp được theo \"{requested}\": " + (fields.Sortable.Count == 0
            ? "chỉ sắp xếp được theo mức độ phù hợp (sort=relevance) hoặc mới nhất (sort=newest)."
            : $"hãy dùng relevance, newest hoặc một trường sắp xếp được: {string.Join(", ", fields.Sortable)} (thêm dấu - phía trước để sắp xếp giảm dần).");
        return null;
    }

    /// <summary>The request with these filters, facets and hidden types.</summary>
    public SearchRequest Apply(SearchRequest request) =>
        request with
        {
            Fields = Filters, Facets = Facets.Select(f => f.Name).ToList(), HiddenTypes = HiddenTypes,
            Sort = Sort is null ? request.Sort : SearchSort.Field, SortField = Sort?.Field, SortDescending = Sort?.Descending ?? false,
        };
}
