using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.District;

/// <summary>
/// The district's newest shared news, kept in memory between changes of anything they are read from, so an uncached
/// district home page does not query the host database on every render. Forgotten when a tenant's public change is
/// reported (on any node, before the feed queues it), when the feed has applied queued changes (rows another node
/// wrote first included), when this node writes the rows (<see cref="SharedSummaryStore.Writes"/>), and when a tenant
/// record or a tenant's failed state changes (which tenants are left out, and their addresses).
/// </summary>
public sealed class SharedSummaryMemo
{
    private sealed record Kept(long Version, long Writes, int Count, IReadOnlyList<SharedSummary> Summaries);

    private readonly SharedSummaryStore _store;
    private long _version;
    private volatile Kept? _kept;

    public SharedSummaryMemo(SharedSummaryStore store, PublicChanges changes, TenantRegistry registry, TenantFailures failures, SharedSummaryFeed feed)
    {
        _store = store;
        changes.Advancing += _ => Forget();
        registry.Changed += _ => Forget();
        failures.Changed += _ => Forget();
        feed.Refreshed += Forget;
    }

    /// <summary>The summaries kept for <paramref name="count"/>, or <paramref name="read"/>'s, kept when nothing changed while reading.</summary>
    public async Task<IReadOnlyList<SharedSummary>> GetOrReadAsync(int count, Func<Task<IReadOnlyList<SharedSummary>>> read)
    {
        // Both taken before reading: a change during the read leaves an answer that is never served.
        var version = Volatile.Read(ref _version);
        var writes = _store.Writes;
        if (_kept is { } kept && kept.Version == version && kept.Writes == writes && kept.Count == count)
        {
            return kept.Summaries;
        }

        var summaries = await read();
        _kept = new Kept(version, writes, count, summaries);
        return summaries;
    }

    private void Forget() => Interlocked.Increment(ref _version);
}
