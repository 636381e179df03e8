using System.Collections.Concurrent;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// How many times each output-cache tag was evicted. A page records the count of its tags before it reads anything
/// (<see cref="TenantPageCachePolicy"/>); if a change evicted one of them while it rendered, the page may show what the
/// change replaced, so it is served but not stored (<see cref="EvictionAwarePageStore"/>). Counts only grow, so the
/// sum over a page's tags moves exactly when one of them was evicted.
/// </summary>
public sealed class PageCacheEvictions
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Called before the tag's entries are evicted, so a render that read before the eviction sees it counted.</summary>
    public void Count(string tag) => _counts.AddOrUpdate(tag, 1, static (_, count) => count + 1);

    public long SumOf(IEnumerable<string> tags)
    {
        long sum = 0;
        foreach (var tag in tags)
        {
            sum += _counts.GetValueOrDefault(tag);
        }

        return sum;
    }
}
