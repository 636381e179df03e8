using System.Collections.Concurrent;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// Counts each tenant's <see cref="PublicChanges"/>. A cache kept in a tenant's shell remembers the count it was
/// loaded at and loads again once the count has moved: it sees every change (this node's, or another node's once
/// it is reported) without subscribing per shell, which would keep released shells alive. It counts before the
/// page cache hears of a change (<see cref="NodeEvent{T}.Advancing"/>), so no page is rendered again from answers
/// the change made stale.
/// </summary>
public sealed class PublicChangeCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public PublicChangeCounter(PublicChanges changes) =>
        changes.Advancing += tenantName => _counts.AddOrUpdate(tenantName, 1, static (_, count) => count + 1);

    public long Of(string tenantName) => _counts.GetValueOrDefault(tenantName);
}
