namespace GiaVien.Cms.Visits;

/// <summary>One counted view as a request left it: which tenant, which day, which path (the request's own strings, not copies).</summary>
internal readonly record struct CountedView(string Tenant, DateOnly Day, string Path);

/// <summary>Consecutive views of one tenant, day and path that a thread counted, held as one: the first view and how many.</summary>
internal struct ViewRun
{
    public CountedView View;
    public long Views;

    public readonly bool IsOf(in CountedView view) =>
        View.Day == view.Day && string.Equals(View.Path, view.Path, StringComparison.Ordinal) && string.Equals(View.Tenant, view.Tenant, StringComparison.Ordinal);
}

/// <summary>
/// The views one thread counted for one tally since they were last folded into its totals. Only that thread appends,
/// so its lock is uncontended on the request's way; the tally takes it (after its own) to fold, which happens when the
/// buffer is full and at each flush. A view of the same page as the one before it (a connection reloading it, a page
/// many read at once) adds to that run instead of taking a slot: the fold then adds each run once, where it used to
/// cost two dictionary look-ups per view, and the buffer holds the run's first path string, not each request's equal
/// copy (holding every request's string until the fold carried those strings past gen0 into gen1 and gen2
/// collections). The buffer is cleared when folded so the paths it held can go. A thread that counted nothing between
/// two flushes gives its array back, and the tally lets go of the buffer of a thread that ended (or moved to another
/// tally) once it took its views.
/// </summary>
internal sealed class ThreadViews(VisitTally tally, Thread owner)
{
    /// <summary>Runs held before a fold: as many views of one page as come in a row take one.</summary>
    public const int Capacity = 512;

    private ViewRun[]? _runs;
    private int _count;
    private volatile bool _left;

    public Lock Lock { get; } = new();

    public VisitTally Tally => tally;

    /// <summary>Its thread will append no more: it ended, or counts for another tally now (tests host several).</summary>
    public bool Abandoned => _left || !owner.IsAlive;

    /// <summary>Called by the owning thread when it starts counting for another tally.</summary>
    public void Leave() => _left = true;

    /// <summary>Adds the view, or says the buffer is full (the caller folds it and tries again).</summary>
    public bool TryAppend(in CountedView view)
    {
        lock (Lock)
        {
            if (_count > 0 && _runs![_count - 1].IsOf(view))
            {
                _runs[_count - 1].Views++;
                return true;
            }

            if (_count == Capacity)
            {
                return false;
            }

            _runs ??= new ViewRun[Capacity];
            _runs[_count++] = new ViewRun { View = view, Views = 1 };
            return true;
        }
    }

    /// <summary>Moves every view into <paramref name="totals"/>; the caller holds <see cref="Lock"/>.</summary>
    public void MoveTo(PathTotals totals)
    {
        if (_runs is null || _count == 0)
        {
            _runs = null;
            return;
        }

        foreach (ref readonly var run in _runs.AsSpan(0, _count))
        {
            totals.Add(run.View.Tenant, run.View.Day, run.View.Path, run.Views);
        }

        Array.Clear(_runs, 0, _count);
        _count = 0;
    }

    /// <summary>How many of the held views are of the tenant's site on the day; the caller holds <see cref="Lock"/>.</summary>
    public long CountOf(string tenant, DateOnly day)
    {
        long views = 0;
        foreach (ref readonly var run in _runs.AsSpan(0, _count))
        {
            if (run.View.Day == day && string.Equals(run.View.Tenant, tenant, StringComparison.Ordinal))
            {
                views += run.Views;
            }
        }

        return views;
    }
}
