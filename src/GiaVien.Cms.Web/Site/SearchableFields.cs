using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The fields a search over one type (or over every visible type) may filter on, count (facets) and sort by, worked out
/// once per definitions instance instead of on every search page: walking every type's parts and fields cost about a
/// tenth of a repeated search page. The read cache hands out a new <see cref="ContentDefinitions"/> instance whenever a
/// type or part changes, and the answers hang on the instance (a <see cref="ConditionalWeakTable{TKey,TValue}"/>), so
/// they are never stale and go with it; at most one per type of the tenant and one for every type.
/// </summary>
internal sealed record SearchableFields(IReadOnlyList<string> Filterable, IReadOnlyList<(string Name, string Label)> Facets, IReadOnlyList<string> Sortable)
{
    private static readonly SearchableFields None = new([], [], []);

    private static readonly ConditionalWeakTable<ContentDefinitions, ConcurrentDictionary<string, SearchableFields>> ByDefinitions = new();

    /// <summary>The fields of <paramref name="type"/>, of every type when it is null, none when no type has that name.</summary>
    public static SearchableFields Of(ContentDefinitions definitions, string? type)
    {
        if (type is not null && definitions.FindType(type) is null)
        {
            // Not kept: the name comes from the query string, and no type has it.
            return None;
        }

        return ByDefinitions.GetValue(definitions, static _ => new(StringComparer.Ordinal))
            .GetOrAdd(type ?? "", static (name, definitions) => Find(definitions, name.Length == 0 ? definitions.Types : [definitions.FindType(name)!]), definitions);
    }

    private static SearchableFields Find(ContentDefinitions definitions, IEnumerable<ContentTypeDefinition> types)
    {
        var fields = types.SelectMany(definitions.FieldsOf).Select(f => f.Field).ToList();
        return new SearchableFields(
            fields.Where(f => f.Filterable && !SearchQueryString.ReservedKeys.Contains(f.Name)).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList(),
            fields.Where(f => f.Facet).GroupBy(f => f.Name, StringComparer.Ordinal).Select(g => (g.Key, g.First().DisplayName ?? g.Key)).ToList(),
            fields.Where(f => f.Sortable).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList());
    }
}
