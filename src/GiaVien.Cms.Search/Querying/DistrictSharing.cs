using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The tenants whose news the district portal searches: running ones whose site setting
/// <c>ShareNewsWithDistrict</c> is "true". Read from each tenant's settings and cached briefly (a
/// change of any tenant record empties the cache at once).
/// </summary>
public sealed class DistrictSharing
{
    private readonly TenantRegistry _registry;
    private readonly ShellHost _shells;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _cacheDuration;
    private volatile Snapshot? _snapshot;

    public DistrictSharing(TenantRegistry registry, ShellHost shells, TimeProvider clock, IOptions<SearchOptions> options)
    {
        _registry = registry;
        _shells = shells;
        _clock = clock;
        _cacheDuration = options.Value.SharingCacheDuration;
        registry.Changed += _ => _snapshot = null;
    }

    public async Task<IReadOnlyList<TenantRecord>> SharingTenantsAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } cached && _clock.GetUtcNow() < cached.Expires)
        {
            return cached.Tenants;
        }

        var sharing = new List<TenantRecord>();
        foreach (var tenant in _registry.Map.Tenants.Where(t => t.State == TenantState.Running && !t.IsDefault).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            // An unactivated shell: reading one setting must not make an idle tenant look active.
            await using var db = _shells.CreateUnactivated(tenant).CreateDbContext();
            var value = await db.Settings.AsNoTracking().Where(s => s.Name == SiteSettingNames.ShareNewsWithDistrict)
                .Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                sharing.Add(tenant);
            }
        }

        _snapshot = new Snapshot(sharing, _clock.GetUtcNow() + _cacheDuration);
        return sharing;
    }

    /// <summary>Where a tenant's pages are, seen from the district portal: its URL prefix, or its first host name.</summary>
    public static string BaseUrl(TenantRecord tenant)
    {
        var binding = tenant.Bindings.OrderBy(b => b.Host.Length).FirstOrDefault();
        if (binding is null)
        {
            return "";
        }

        var prefix = binding.Prefix.Length > 0 ? "/" + binding.Prefix : "";
        return binding.Host.Length > 0 && !binding.Host.StartsWith('*') ? $"//{binding.Host}{prefix}" : prefix;
    }

    private sealed record Snapshot(IReadOnlyList<TenantRecord> Tenants, DateTimeOffset Expires);
}
