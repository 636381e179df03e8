using System.Runtime.InteropServices;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Views folded from the threads' buffers and not yet written, per tenant, day and path. Not thread-safe: the tally
/// guards it with its lock, and a flush swaps it for an empty one, so past days leave with the flush that wrote them.
/// </summary>
internal sealed class PathTotals
{
    /// <summary>
    /// A key of its own rather than a (string, DateOnly) tuple: the tuple's look-up runs the runtime's shared generic
    /// code and cost about 2,000 instructions per folded view under callgrind.
    /// </summary>
    private readonly record struct TenantDay(string Tenant, DateOnly Day);

    private readonly Dictionary<TenantDay, Dictionary<string, long>> _days = [];

    public void Add(string tenant, DateOnly day, string path, long views)
    {
        var tenantDay = new TenantDay(tenant, day);
        if (!_days.TryGetValue(tenantDay, out var paths))
        {
            paths = new Dictionary<string, long>(StringComparer.Ordinal);
            _days.Add(tenantDay, paths);
        }

        // Only pages that answered 200 are counted, so this is about the site's own pages; past the bound (case
        // variants of paths, say) views still count for the whole site.
        var key = paths.Count < VisitTally.MaxPathsPerDay || paths.ContainsKey(path) ? path : VisitTally.OtherPaths;
        CollectionsMarshal.GetValueRefOrAddDefault(paths, key, out _) += views;
    }

    public long CountOf(string tenant, DateOnly day) => _days.TryGetValue(new TenantDay(tenant, day), out var paths) ? paths.Values.Sum() : 0;

    public IReadOnlyList<(string Tenant, IReadOnlyList<PathViews> Views)> PerTenant() =>
        [.. _days.GroupBy(d => d.Key.Tenant, StringComparer.Ordinal)
            .Select(tenant => (tenant.Key, (IReadOnlyList<PathViews>)[.. tenant.SelectMany(d => d.Value.Select(p => new PathViews(d.Key.Day, p.Key, p.Value)))]))];
}
