using System.Collections.Concurrent;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The content types each tenant has switched off (a disabled feature's), for the district view, which searches other
/// tenants' indexes: their items stay indexed there but must not be found. Read through an unactivated shell (an idle
/// tenant stays idle) and kept until the tenant's next public change, which enabling or disabling a feature is, on
/// every node.
/// </summary>
public sealed class SwitchedOffTypes
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _byTenant = new(StringComparer.Ordinal);
    private readonly ShellHost _shells;
    private readonly IEnumerable<IHiddenContentTypes> _sources;
    private long _generation;

    public SwitchedOffTypes(ShellHost shells, IEnumerable<IHiddenContentTypes> sources, PublicChanges changes, TenantRegistry registry)
    {
        _shells = shells;
        _sources = sources;
        changes.Changed += Forget;
        registry.Changed += Forget;
    }

    public async Task<IReadOnlySet<string>> OfAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        if (_byTenant.TryGetValue(tenant.Name, out var known))
        {
            return known;
        }

        var generation = Interlocked.Read(ref _generation);
        await using var db = _shells.CreateUnactivated(tenant).CreateDbContext();
        var hidden = await _sources.CollectAsync(db, cancellationToken);
        // A change that arrived while reading may not be in what was read: use it once, keep nothing.
        if (Interlocked.Read(ref _generation) == generation)
        {
            _byTenant[tenant.Name] = hidden;
        }

        return hidden;
    }

    private void Forget(string tenantName)
    {
        Interlocked.Increment(ref _generation);
        _byTenant.TryRemove(tenantName, out _);
    }
}
