namespace GiaVien.Cms.Visits;

/// <summary>Views of one path of a tenant's site on one day, taken from the tally by a flush.</summary>
public readonly record struct PathViews(DateOnly Day, string Path, long Views);

/// <summary>
/// This node's views not yet written, in memory. A counted request only appends its tenant, day and path to its own
/// thread's buffer (no shared dictionary, no shared counter, nothing allocated); the buffers are folded into per-path
/// totals when one fills up and at each flush, and which item a path shows is left to the flush. The flush takes the
/// totals and gives back what it could not write, so nothing is counted twice or lost while the process lives;
/// stopping flushes once more.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The thread-local lives as long as the process's one tally and is left to its finalizer: a host may dispose its services before its last flush reads every thread's views (WebApplicationFactory does).")]
public sealed class VisitTally
{
    /// <summary>
    /// Distinct paths counted per tenant and day. Only pages that answered 200 are counted, so this is about the site's
    /// own pages; past it (case variants, say), views still count for the site under <see cref="OtherPaths"/>.
    /// </summary>
    public const int MaxPathsPerDay = 20_000;

    /// <summary>The path under which views beyond <see cref="MaxPathsPerDay"/> are counted: the site's total only.</summary>
    public const string OtherPaths = "";

    // Values of every thread stay reachable (a thread that ended leaves its views for the next flush).
    private readonly ThreadLocal<ThreadViews> _threads = new(static () => new ThreadViews(), trackAllValues: true);

    // Taken before any thread's lock, never after one, so folding, reading and flushing cannot deadlock.
    private readonly Lock _lock = new();
    private PathTotals _totals = new();

    public void Count(string tenant, DateOnly day, string path)
    {
        var views = _threads.Value!;
        var view = new CountedView(tenant, day, path);
        while (!views.TryAppend(view))
        {
            Fold(views);
        }
    }

    /// <summary>Gives back views a flush took but could not write.</summary>
    public void Add(string tenant, PathViews views)
    {
        lock (_lock)
        {
            _totals.Add(tenant, views.Day, views.Path, views.Views);
        }
    }

    /// <summary>What this node counted for the tenant's site on <paramref name="day"/> and has not written yet.</summary>
    public long Pending(string tenant, DateOnly day)
    {
        lock (_lock)
        {
            var pending = _totals.CountOf(tenant, day);
            foreach (var thread in _threads.Values)
            {
                lock (thread.Lock)
                {
                    pending += thread.CountOf(tenant, day);
                }
            }

            return pending;
        }
    }

    /// <summary>Takes every pending count, per tenant, leaving the tally empty.</summary>
    public IReadOnlyList<(string Tenant, IReadOnlyList<PathViews> Views)> Take()
    {
        PathTotals taken;
        lock (_lock)
        {
            foreach (var thread in _threads.Values)
            {
                lock (thread.Lock)
                {
                    thread.MoveTo(_totals);
                }
            }

            (taken, _totals) = (_totals, new PathTotals());
        }

        return taken.PerTenant();
    }

    private void Fold(ThreadViews views)
    {
        lock (_lock)
        {
            lock (views.Lock)
            {
                views.MoveTo(_totals);
            }
        }
    }
}
