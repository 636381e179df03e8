using System.Runtime.CompilerServices;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// An owner's few shared instances of a view model (a tenant's shell, a stored version), each made once for its values:
/// a page's freshly built model is answered with the instance kept for the owner that has the same values
/// (<paramref name="sameValues"/>), or becomes one (<paramref name="made"/>), so the theme's markup kept beside an
/// instance is found again on the next page and a change of values is a new instance, and new markup, at once. At most
/// <paramref name="maxPerOwner"/> per owner, the oldest giving way: after a change it is never shown again. The instances
/// hang on the owner (a <see cref="ConditionalWeakTable{TKey,TValue}"/>), so they go when it goes.
/// </summary>
internal sealed class SharedInstances<TOwner, T>(int maxPerOwner, Func<T, T, bool> sameValues, Func<T, T> made)
    where TOwner : class
    where T : class
{
    private readonly ConditionalWeakTable<TOwner, Kept> _byOwner = new();

    /// <summary>The instance kept for <paramref name="owner"/> with <paramref name="model"/>'s values.</summary>
    public T For(TOwner owner, T model) => Find(owner, model, sameValues) ?? Add(owner, made(model));

    /// <summary>The instance kept for <paramref name="owner"/> that <paramref name="matches"/> <paramref name="probe"/>, or null.</summary>
    public T? Find<TProbe>(TOwner owner, TProbe probe, Func<TProbe, T, bool> matches)
    {
        if (!_byOwner.TryGetValue(owner, out var kept))
        {
            return null;
        }

        foreach (var shared in kept.Instances)
        {
            if (matches(probe, shared))
            {
                return shared;
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="instance"/> for <paramref name="owner"/>, in the oldest one's place when it has as many as it may.</summary>
    public T Add(TOwner owner, T instance)
    {
        var kept = _byOwner.GetValue(owner, static _ => new Kept());
        lock (kept)
        {
            kept.Instances = [.. kept.Instances.TakeLast(maxPerOwner - 1), instance];
        }

        return instance;
    }

    private sealed class Kept
    {
        // Replaced whole under this object's lock, read without it.
        public T[] Instances = [];
    }
}

/// <summary>What the keepers of shared instances have in common: marking an instance for kept markup, comparing lists.</summary>
internal static class SharedInstances
{
    /// <summary><paramref name="model"/> itself, marked so the theme keeps its partials' markup beside it (<c>kept_include</c>).</summary>
    public static T MarkupKept<T>(T model)
        where T : class
    {
        Themes.KeptFragments.Keep(model);
        return model;
    }

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
