using System.Collections.Concurrent;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Which content item a public path shows, so a view served from the output cache (where no page code runs) still
/// counts for its item. The page marks the item while it renders, before the output cache stores it and before the
/// view is counted, so the flush that resolves the counted paths finds it. The map lives as long as this process,
/// like the cached pages themselves.
/// </summary>
public sealed class VisitedPages
{
    // Enough for every item page a tenant has in the cache; past it the map starts again and fills from the next renders.
    public const int MaxPathsPerTenant = 20_000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> _tenants = new(StringComparer.Ordinal);

    /// <summary>Called by the page that shows a content item: this request, and later ones of its path, are views of it.</summary>
    public static void Mark(HttpContext context, string contentItemId)
    {
        if (context.Features.Get<ShellContext>() is { } shell)
        {
            context.RequestServices.GetRequiredService<VisitedPages>().Remember(shell.Name, Path(context), contentItemId);
        }
    }

    /// <summary>The item the tenant's <paramref name="path"/> showed when it was last rendered, if it shows one.</summary>
    public string? ItemOf(string tenant, string path) => Paths(tenant).GetValueOrDefault(path);

    private void Remember(string tenant, string path, string contentItemId)
    {
        var paths = Paths(tenant);
        if (paths.Count >= MaxPathsPerTenant)
        {
            paths.Clear();
        }

        paths[path] = contentItemId;
    }

    private ConcurrentDictionary<string, string> Paths(string tenant) =>
        _tenants.GetOrAdd(tenant, static _ => new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public static string Path(HttpContext context) => context.Request.Path.Value ?? "/";
}
