using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Which indexes a search of the current tenant covers: its own, or on the district portal with scope=district, every
/// sharing tenant's too, each without the types its tenant switched off.
/// </summary>
public sealed class SearchScopes(ShellScope scope, SearchIndexes indexes, DistrictSharing sharing, SwitchedOffTypes switchedOff)
{
    /// <param name="district">Asked for the district view; honoured on the district portal only.</param>
    /// <param name="pathBase">The current request's path base, where the current tenant's links start.</param>
    public async Task<(IReadOnlyList<SearchTarget> Targets, bool IsDistrict)> TargetsAsync(bool district, string pathBase, CancellationToken cancellationToken)
    {
        var tenant = scope.Shell.Tenant;
        var own = new SearchTarget(tenant, await indexes.GetAsync(tenant, cancellationToken), pathBase);
        if (!district || !tenant.IsDefault)
        {
            return ([own], false);
        }

        var targets = new List<SearchTarget> { own };
        foreach (var other in await sharing.SharingTenantsAsync(cancellationToken))
        {
            targets.Add(new SearchTarget(other, await indexes.GetAsync(other, cancellationToken), DistrictSharing.BaseUrl(other))
            {
                HiddenTypes = await switchedOff.OfAsync(other, cancellationToken),
            });
        }

        return (targets, true);
    }
}
