using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Web.Site.Types;

/// <summary>
/// The order a type's public list is asked for: <c>?sap-xep=Field</c> (smallest first) or <c>?sap-xep=-Field</c>
/// (greatest first) by a field marked <c>Sortable</c>, items without a value last, newest first among equals. A name
/// that is not a sortable field of the type is ignored: the list keeps its usual order (newest first), so an old link
/// still shows the list.
/// </summary>
public sealed record ContentSort(string Part, ContentFieldDefinition Field, ContentFieldKind Kind, bool Descending)
{
    public const string Parameter = "sap-xep";

    /// <summary>The parameter's value that asks for this order.</summary>
    public string Value => (Descending ? "-" : "") + Field.Name;

    /// <summary>
    /// The order asked for, as the output cache tells lists apart: a value that does not name one of the list's
    /// <paramref name="sortable"/> fields is the usual order, so made-up values share one entry.
    /// </summary>
    public static string CacheKey(IQueryCollection query, IReadOnlySet<string> sortable) =>
        query[Parameter].ToString().Trim() is { Length: > 0 } value && sortable.Contains(value.StartsWith('-') ? value[1..] : value) ? value : "";

    public static ContentSort? Read(string? requested, ContentDefinitions definitions, ContentTypeDefinition type)
    {
        var descending = requested?.StartsWith('-') == true;
        var name = descending ? requested![1..] : requested;
        return Sortable(definitions, type).FirstOrDefault(f => f.Field.Name == name) is { Field: not null } field
            ? new ContentSort(field.Part, field.Field, field.Kind, descending)
            : null;
    }

    /// <summary>The fields of <paramref name="type"/> a list may be ordered by.</summary>
    public static IEnumerable<(string Part, ContentFieldDefinition Field, ContentFieldKind Kind)> Sortable(ContentDefinitions definitions, ContentTypeDefinition type) =>
        definitions.FieldsOf(type).Where(f => f.Field.Sortable);

    /// <summary><paramref name="newestFirst"/> in this order; the sort is stable, so equal values stay newest first.</summary>
    public IEnumerable<ContentItem> Apply(IEnumerable<ContentItem> newestFirst)
    {
        var keyed = newestFirst.Select(item => (Item: item, Key: item.Part(Part)?[Field.Name] is JsonObject value ? Kind.SortKey(value) : null)).ToList();
        var withValue = keyed.Where(k => k.Key is not null);
        var ordered = Descending ? withValue.OrderByDescending(k => k.Key, StringComparer.Ordinal) : withValue.OrderBy(k => k.Key, StringComparer.Ordinal);
        return ordered.Concat(keyed.Where(k => k.Key is null)).Select(k => k.Item);
    }
}
