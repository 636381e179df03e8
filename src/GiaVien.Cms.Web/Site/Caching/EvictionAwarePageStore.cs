using Microsoft.AspNetCore.OutputCaching;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// The output cache's store, refusing a page whose tags were evicted while it rendered. A render that read the old
/// content before a change committed would otherwise be stored after the change dropped the tenant's pages, and be
/// served until the entry expires. The other operations go to the store it wraps.
/// </summary>
public sealed class EvictionAwarePageStore(IOutputCacheStore store, PageCacheEvictions evictions, IHttpContextAccessor requests) : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => store.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (tags is not null && TenantPageCachePolicy.EvictionsAtStart(requests.HttpContext) is { } atStart && evictions.SumOf(tags) != atStart)
        {
            return ValueTask.CompletedTask;
        }

        return store.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
