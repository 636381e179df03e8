namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A tenant's few shared instances of a view model, each made once for its values: a page's freshly built model is
/// answered with the kept instance that has the same values (<paramref name="sameValues"/>), or becomes one, so the
/// theme's markup kept beside an instance is found again on the next page and a change of values is a new instance,
/// and new markup, at once. At most <paramref name="max"/>, the oldest giving way: after a change it is never shown again.
/// </summary>
internal sealed class SharedInstances<T>(int max, Func<T, T, bool> sameValues, Func<T, T> made)
    where T : class
{
    // Replaced whole under the lock, read without it.
    private T[] _shared = [];

    public T For(T model)
    {
        foreach (var shared in _shared)
        {
            if (sameValues(model, shared))
            {
                return shared;
            }
        }

        var kept = made(model);
        lock (this)
        {
            _shared = [.. _shared.TakeLast(max - 1), kept];
        }

        return kept;
    }
}

/// <summary>What the shared instances' comparisons have in common.</summary>
internal static class SharedInstances
{
    /// <summary>Whether two lists hold items with the same values, item by item in order.</summary>
    public static bool SameItems<TItem>(IReadOnlyList<TItem> a, IReadOnlyList<TItem> b, Func<TItem, TItem, bool> same)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
