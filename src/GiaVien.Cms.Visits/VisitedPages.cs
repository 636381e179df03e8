using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Which content item a public path shows, so a view served from the output cache (where no page code runs) still
/// counts for its item. The page marks the item when it renders; the counter remembers the path. Both live as long
/// as this process, like the cached page itself.
/// </summary>
public sealed class VisitedPages
{
    // Enough for every item page a tenant has in the cache; past it the map starts again and fills from the next renders.
    public const int MaxPathsPerTenant = 20_000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _tenants = new(StringComparer.Ordinal);

    /// <summary>Called by the page that shows a content item: this request is a view of it.</summary>
    public static void Mark(HttpContext context, string contentItemId) => context.Features.Set(new VisitedItem(contentItemId));

    /// <summary>The item this response showed: marked by the page just rendered, or remembered from an earlier render of the path.</summary>
    public string? ItemOf(HttpContext context, string tenant)
    {
        var paths = _tenants.GetOrAdd(tenant, static _ => new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        var path = context.Request.Path.Value ?? "/";
        if (context.Features.Get<VisitedItem>() is { } marked)
        {
            if (paths.Count >= MaxPathsPerTenant)
            {
                paths.Clear();
            }

            paths[path] = marked.ContentItemId;
            return marked.ContentItemId;
        }

        return paths.GetValueOrDefault(path);
    }

    private sealed record VisitedItem(string ContentItemId);
}
