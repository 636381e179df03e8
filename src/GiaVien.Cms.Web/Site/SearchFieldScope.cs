using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// What a search may filter and count on the current tenant: the filterable and facet fields of the type asked for
/// (or of every visible type), read from the query string under the same names as the type's public list
/// (<c>?Level=Khẩn</c>), and the types of disabled features, left out of the results.
/// </summary>
public sealed record SearchFieldScope(IReadOnlyDictionary<string, string> Filters, IReadOnlyList<(string Name, string Label)> Facets, IReadOnlyCollection<string> HiddenTypes)
{
    public static async Task<SearchFieldScope> ReadAsync(IQueryCollection query, string? type, ContentDefinitionStore store, CancellationToken cancellationToken)
    {
        var visible = await store.LoadAsync(cancellationToken);
        var all = await store.LoadAllAsync(cancellationToken);
        var hidden = all.Types.Select(t => t.Name).Except(visible.Types.Select(t => t.Name), StringComparer.Ordinal).ToList();
        var types = type is null ? visible.Types : visible.FindType(type) is { } chosen ? [chosen] : [];
        var fields = types.SelectMany(visible.FieldsOf).Select(f => f.Field).ToList();
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.Filterable && !SearchQueryString.ReservedKeys.Contains(f.Name)))
        {
            if (SearchQueryString.Value(query, field.Name) is { } value)
            {
                filters[field.Name] = value;
            }
        }

        var facets = fields.Where(f => f.Facet).GroupBy(f => f.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().DisplayName ?? g.Key)).ToList();
        return new SearchFieldScope(filters, facets, hidden);
    }

    /// <summary>The request with these filters, facets and hidden types.</summary>
    public SearchRequest Apply(SearchRequest request) =>
        request with { Fields = Filters, Facets = Facets.Select(f => f.Name).ToList(), HiddenTypes = HiddenTypes };
}
