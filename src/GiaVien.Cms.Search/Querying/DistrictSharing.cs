using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The tenants whose news the district portal searches: running ones whose site setting
/// <c>ShareNewsWithDistrict</c> is "true", except failed ones (their database is missing: their results would be dead
/// links). Read from each tenant's settings and cached briefly (a change of any tenant record, or a tenant failing or
/// coming back, empties the cache at once).
/// </summary>
public sealed class DistrictSharing
{
    private readonly TenantRegistry _registry;
    private readonly ShellHost _shells;
    private readonly TenantFailures _failures;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _cacheDuration;
    private volatile Snapshot? _snapshot;

    public DistrictSharing(TenantRegistry registry, ShellHost shells, TenantFailures failures, TimeProvider clock, IOptions<SearchOptions> options)
    {
        _registry = registry;
        _shells = shells;
        _failures = failures;
        _clock = clock;
        _cacheDuration = options.Value.SharingCacheDuration;
        registry.Changed += _ => _snapshot = null;
        failures.Changed += _ => _snapshot = null;
    }

    public async Task<IReadOnlyList<TenantRecord>> SharingTenantsAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } cached && _clock.GetUtcNow() < cached.Expires)
        {
            // A tenant that failed since the snapshot was taken is skipped at once.
            return cached.Tenants.Where(t => !_failures.IsFailed(t.Name)).ToList();
        }

        var sharing = new List<TenantRecord>();
        foreach (var tenant in _registry.Map.Tenants.Where(t => t.State == TenantState.Running && !t.IsDefault && !_failures.IsFailed(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            try
            {
                if (await SharesAsync(tenant, cancellationToken))
                {
                    sharing.Add(tenant);
                }
            }
            catch (Exception e) when (DatabaseFailures.MayBeUnavailable(e))
            {
                // Its database is gone: the district searches the others.
                if (!await _failures.ReportAsync(tenant, e))
                {
                    throw;
                }
            }
        }

        _snapshot = new Snapshot(sharing, _clock.GetUtcNow() + _cacheDuration);
        return sharing;
    }

    private async Task<bool> SharesAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        // An unactivated shell: reading one setting must not make an idle tenant look active.
        await using var db = _shells.CreateUnactivated(tenant).CreateDbContext();
        var value = await db.Settings.AsNoTracking().Where(s => s.Name == SiteSettingNames.ShareNewsWithDistrict)
            .Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
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
