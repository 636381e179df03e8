using System.Collections.Frozen;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>What a type's public list reads from its query besides the page number: its filter parameters and the fields it sorts by.</summary>
/// <remarks>Filter names as the query reads them, whatever their case (<c>?level=</c> filters like <c>?Level=</c>); sort values exactly.</remarks>
public sealed record TypeListQuery(FrozenSet<string> Filters, FrozenSet<string> Sorts);

/// <summary>
/// The query a type's public list reads (its filterable fields' names, its sortable fields), per route prefix, so the
/// output cache varies on those and on nothing else: <c>?Level=Khẩn</c> on the announcements is its own entry,
/// <c>?Zzz=1</c> or <c>?sap-xep=Zzz</c> is not. Kept in the tenant's shell and read again after the tenant's public changes were notified
/// (saving a definition or switching a feature notifies them), so a cached request does not query the database.
/// </summary>
public sealed class TypeListFilters(PublicChangeCounter changes)
{
    private sealed record Known(long ChangeCount, FrozenDictionary<string, TypeListQuery> ByPrefix);

    private sealed class Cache
    {
        public volatile Known? Current;
    }

    /// <summary>What the list at <paramref name="prefix"/> ("thong-bao") reads; null when no type lists there.</summary>
    public async ValueTask<TypeListQuery?> OfAsync(HttpContext context, ShellContext shell, string prefix)
    {
        var cache = shell.GetFeature(static _ => new Cache());
        // Counted before reading, as the settings cache does: a change committed meanwhile makes the next request read again.
        var count = changes.Of(shell.Name);
        if (cache.Current is not { } known || known.ChangeCount != count)
        {
            var definitions = await context.RequestServices.GetRequiredService<ContentDefinitionStore>().LoadAsync(context.RequestAborted);
            known = new Known(count, definitions.Types.Where(t => t.PublicList && t.RoutePrefix is { Length: > 0 }).ToFrozenDictionary(
                t => t.RoutePrefix!,
                t => new TypeListQuery(
                    definitions.FieldsOf(t).Where(f => f.Field.Filterable).Select(f => f.Field.Name).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                    Types.ContentSort.Sortable(definitions, t).Select(f => f.Field.Name).ToFrozenSet(StringComparer.Ordinal)),
                StringComparer.Ordinal));
            cache.Current = known;
        }

        return known.ByPrefix.GetValueOrDefault(prefix);
    }
}
