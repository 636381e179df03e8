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
public sealed class VisitTally
{
    /// <summary>
    /// Distinct paths counted per tenant and day. Only pages that answered 200 are counted, so this is about the site's
    /// own pages; past it (case variants, say), views still count for the site under <see cref="OtherPaths"/>.
    /// </summary>
    public const int MaxPathsPerDay = 20_000;

    /// <summary>The path under which views beyond <see cref="MaxPathsPerDay"/> are counted: the site's total only.</summary>
    public const string OtherPaths = "";

    // The buffer this thread appends to, and the tally it belongs to: one field read and a comparison per view (a
    // ThreadLocal<T> per tally costs more and keeps the value of every thread that ever counted, ended or not).
    [ThreadStatic]
    private static ThreadViews? _threadViews;

    // Every thread's buffer that may hold views, under _lock: a thread that ended leaves its views for the next flush,
    // which then drops its buffer.
    private readonly List<ThreadViews> _threads = [];

    // Taken before any thread's lock, never after one, so folding, reading and flushing cannot deadlock.
    private readonly Lock _lock = new();
    private PathTotals _totals = new();

    /// <summary>How many threads' buffers the tally holds: those that counted since the last flush, and live ones.</summary>
    internal int ThreadBuffers
    {
        get
        {
            lock (_lock)
            {
                return _threads.Count;
            }
        }
    }

    public void Count(string tenant, DateOnly day, string path)
    {
        var views = _threadViews is { } mine && mine.Tally == this ? mine : Join();
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
            foreach (var thread in _threads)
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
            // Asked before taking its views: a thread found gone appended its last view before, never after.
            _threads.RemoveAll(thread =>
            {
                var abandoned = thread.Abandoned;
                lock (thread.Lock)
                {
                    thread.MoveTo(_totals);
                }

                return abandoned;
            });

            (taken, _totals) = (_totals, new PathTotals());
        }

        return taken.PerTenant();
    }

    private ThreadViews Join()
    {
        var views = new ThreadViews(this, Thread.CurrentThread);
        lock (_lock)
        {
            _threads.Add(views);
        }

        _threadViews?.Leave();
        _threadViews = views;
        return views;
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
