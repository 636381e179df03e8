using System.Collections.Concurrent;
using System.Collections.Frozen;
using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Old addresses of tenants merged into others: an exact old path goes to the item's new place, any other
/// path to the new tenant's home page. A retired tenant's redirects are loaded once and dropped when its record changes.
/// </summary>
public sealed class RetiredTenantRedirects
{
    private readonly ConcurrentDictionary<string, Lazy<Task<FrozenDictionary<string, (string Tenant, string Path)>>>> _cache = new(StringComparer.Ordinal);
    private readonly TenantRegistry _registry;
    private readonly PublicOrigins _origins;

    public RetiredTenantRedirects(TenantRegistry registry, PublicOrigins origins)
    {
        _registry = registry;
        _origins = origins;
        registry.Changed += name => _cache.TryRemove(name, out _);
    }

    /// <summary>Where a request to the retired tenant of <paramref name="match"/> now belongs, or null if its successor is gone.</summary>
    public async Task<string?> LocationAsync(TenantMatch match, HttpRequest request, CancellationToken cancellationToken)
    {
        var redirects = await _cache.GetOrAdd(match.Tenant.Name, name => new(() => LoadAsync(name))).Value.WaitAsync(cancellationToken);
        var path = RelativePath(request.Path.Value ?? "", match.Prefix).ToLowerInvariant();
        var (tenant, target) = redirects.TryGetValue(path, out var found) ? found : (match.Tenant.RetiredInto!, "");
        return _registry.Map.Find(tenant) is { State: TenantState.Running } successor ? _origins.Absolute(successor, request, target) : null;
    }

    private async Task<FrozenDictionary<string, (string Tenant, string Path)>> LoadAsync(string name) =>
        (await _registry.LoadRedirectsAsync(name)).ToFrozenDictionary(StringComparer.Ordinal);

    private static string RelativePath(string path, string? prefix)
    {
        var rest = prefix is null ? path : path[Math.Min(path.Length, prefix.Length + 1)..];
        return rest.Trim('/');
    }
}
