namespace GiaVien.Cms.Visits;

/// <summary>One counted view as a request left it: which tenant, which day, which path (the request's own strings, not copies).</summary>
internal readonly record struct CountedView(string Tenant, DateOnly Day, string Path);

/// <summary>
/// The views one thread counted for one tally since they were last folded into its totals. Only that thread appends,
/// so its lock is uncontended on the request's way; the tally takes it (after its own) to fold, which happens when the
/// buffer is full and at each flush. Holding the request's references costs nothing per request, and the buffer is
/// cleared when folded so the paths it held can go. A thread that counted nothing between two flushes gives its array
/// back, and the tally lets go of the buffer of a thread that ended (or moved to another tally) once it took its views.
/// </summary>
internal sealed class ThreadViews(VisitTally tally, Thread owner)
{
    public const int Capacity = 512;

    private CountedView[]? _views;
    private int _count;

    // The path string of the last view appended, kept instead of each request's own equal copy: the buffer lives long,
    // and holding every request's string until the fold carried those strings past gen0 into gen1 and gen2 collections.
    private string? _lastPath;
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
            if (_count == Capacity)
            {
                return false;
            }

            _views ??= new CountedView[Capacity];
            var path = _lastPath is { } last && string.Equals(view.Path, last, StringComparison.Ordinal) ? last : view.Path;
            _lastPath = path;
            _views[_count++] = view with { Path = path };
            return true;
        }
    }

    /// <summary>Moves every view into <paramref name="totals"/>; the caller holds <see cref="Lock"/>.</summary>
    public void MoveTo(PathTotals totals)
    {
        if (_views is null || _count == 0)
        {
            _views = null;
            return;
        }

        foreach (var view in _views.AsSpan(0, _count))
        {
            totals.Add(view.Tenant, view.Day, view.Path, 1);
        }

        Array.Clear(_views, 0, _count);
        _count = 0;
    }

    /// <summary>How many of the held views are of the tenant's site on the day; the caller holds <see cref="Lock"/>.</summary>
    public long CountOf(string tenant, DateOnly day)
    {
        long views = 0;
        foreach (var view in _views.AsSpan(0, _count))
        {
            if (view.Day == day && string.Equals(view.Tenant, tenant, StringComparison.Ordinal))
            {
                views++;
            }
        }

        return views;
    }
}
