using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GiaVien.Cms.Data.Visits;

namespace GiaVien.Cms.Visits;

/// <summary>One counter of the tally: a tenant's site (<see cref="VisitCount.Site"/>) or one of its items, on one day.</summary>
public readonly record struct VisitKey(string Tenant, DateOnly Day, string ContentItemId);

/// <summary>
/// This node's views not yet written, in memory: a request pays a dictionary look-up and an interlocked increment.
/// The flush takes each counter's value (leaving zero) and gives it back if the write fails, so nothing is counted
/// twice or lost while the process lives; stopping flushes once more.
/// </summary>
public sealed class VisitTally
{
    private readonly ConcurrentDictionary<VisitKey, StrongBox<long>> _counts = new();

    public void Add(VisitKey key, long views = 1) =>
        Interlocked.Add(ref _counts.GetOrAdd(key, static _ => new StrongBox<long>()).Value, views);

    /// <summary>What this node counted for <paramref name="key"/> and has not written yet.</summary>
    public long Pending(VisitKey key) => _counts.TryGetValue(key, out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>
    /// Takes every pending count. Counters of days before <paramref name="today"/> are removed as they are taken (no
    /// request adds to them any more), so the tally holds about one day of keys.
    /// </summary>
    public IReadOnlyList<(VisitKey Key, long Views)> Take(DateOnly today)
    {
        var taken = new List<(VisitKey, long)>();
        foreach (var (key, box) in _counts)
        {
            if (key.Day < today)
            {
                _counts.TryRemove(key, out _);
            }

            if (Interlocked.Exchange(ref box.Value, 0) is var views and > 0)
            {
                taken.Add((key, views));
            }
        }

        return taken;
    }
}
