namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>Bound from <c>Cms:OutputCache</c>.</summary>
public sealed class SiteCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page may be served from the cache. Changes on this node evict at once; the expiry bounds how long
    /// another web node may show a page from before a change.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Bytes of page bodies the cache may hold across all tenants; past it, new pages are not stored until the least
    /// recently used ones are compacted away, so the cache's memory stays bounded whatever visitors ask for.
    /// </summary>
    public long SizeLimit { get; set; } = 100 * 1024 * 1024;
}
