using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GiaVien.Cms.Visits;

/// <summary>Views of one path of a tenant's site on one day, taken from the tally by a flush.</summary>
public readonly record struct PathViews(DateOnly Day, string Path, long Views);

/// <summary>
/// This node's views not yet written, in memory, per tenant, day and path: a counted request pays one look-up of its
/// path and an interlocked increment. Which item a path shows is left to the flush, so the request does not ask. The
/// flush takes each counter's value (leaving zero) and gives it back if the write fails, so nothing is counted twice
/// or lost while the process lives; stopping flushes once more.
/// </summary>
public sealed class VisitTally
{
    /// <summary>
    /// Distinct paths counted per tenant and day. Only pages that answered 200 are counted, so this is about the site's
    /// own pages; past it (case variants, say), views still count for the site under <see cref="OtherPaths"/>.
    /// </summary>
    public const int MaxPathsPerDay = 20_000;

    /// <summary>The path under which views beyond <see cref="MaxPathsPerDay"/> are counted: the site's total only.</summary>
    public const string OtherPaths = "";

    private readonly ConcurrentDictionary<string, TenantDays> _tenants = new(StringComparer.Ordinal);

    public void Count(string tenant, DateOnly day, string path) => Interlocked.Increment(ref Counter(tenant, day, path).Value);

    /// <summary>Gives back views a flush took but could not write.</summary>
    public void Add(string tenant, PathViews views) => Interlocked.Add(ref Counter(tenant, views.Day, views.Path).Value, views.Views);

    /// <summary>What this node counted for the tenant's site on <paramref name="day"/> and has not written yet.</summary>
    public long Pending(string tenant, DateOnly day) =>
        _tenants.TryGetValue(tenant, out var days) && days.Find(day) is { } paths ? paths.Values.Sum(box => Interlocked.Read(ref box.Value)) : 0;

    /// <summary>
    /// Takes every pending count, per tenant. A past day is dropped once a flush finds nothing left in it (requests that
    /// read the day just before midnight may still add to it until the flush after), so the tally holds about a day.
    /// </summary>
    public IReadOnlyList<(string Tenant, IReadOnlyList<PathViews> Views)> Take(DateOnly today)
    {
        var taken = new List<(string, IReadOnlyList<PathViews>)>();
        foreach (var (tenant, days) in _tenants)
        {
            var views = days.Take(today);
            if (views.Count > 0)
            {
                taken.Add((tenant, views));
            }
        }

        return taken;
    }

    private StrongBox<long> Counter(string tenant, DateOnly day, string path)
    {
        var paths = _tenants.GetOrAdd(tenant, static _ => new TenantDays()).For(day);
        if (paths.TryGetValue(path, out var box))
        {
            return box;
        }

        return paths.GetOrAdd(paths.Count < MaxPathsPerDay ? path : OtherPaths, static _ => new StrongBox<long>());
    }

    /// <summary>A tenant's counters: almost always one day's, two around midnight.</summary>
    private sealed class TenantDays
    {
        private readonly Lock _lock = new();
        private volatile Day[] _days = [];

        public ConcurrentDictionary<string, StrongBox<long>>? Find(DateOnly day) => Array.Find(_days, d => d.Date == day)?.Paths;

        public ConcurrentDictionary<string, StrongBox<long>> For(DateOnly day)
        {
            // Without a lock or a search on the way of almost every request: today is the last day added.
            var days = _days;
            if (days.Length > 0 && days[^1].Date == day)
            {
                return days[^1].Paths;
            }

            lock (_lock)
            {
                if (Find(day) is { } found)
                {
                    return found;
                }

                var added = new Day(day, new ConcurrentDictionary<string, StrongBox<long>>(StringComparer.Ordinal));
                _days = [.. _days, added];
                return added.Paths;
            }
        }

        public List<PathViews> Take(DateOnly today)
        {
            var taken = new List<PathViews>();
            foreach (var day in _days)
            {
                var before = taken.Count;
                foreach (var (path, box) in day.Paths)
                {
                    if (Interlocked.Exchange(ref box.Value, 0) is var views and > 0)
                    {
                        taken.Add(new PathViews(day.Date, path, views));
                    }
                }

                if (day.Date < today && taken.Count == before)
                {
                    lock (_lock)
                    {
                        _days = [.. _days.Where(d => d != day)];
                    }
                }
            }

            return taken;
        }

        private sealed record Day(DateOnly Date, ConcurrentDictionary<string, StrongBox<long>> Paths);
    }
}
