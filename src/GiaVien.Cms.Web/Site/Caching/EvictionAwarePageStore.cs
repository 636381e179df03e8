using GiaVien.Cms.Web.Site.Caching.Front;
using Microsoft.AspNetCore.OutputCaching;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// The output cache's store, refusing a page whose tags were evicted while it rendered. A render that read the old
/// content before a change committed would otherwise be stored after the change dropped the tenant's pages, and be
/// served until the entry expires. The other operations go to the store it wraps; an entry read for a request is kept
/// with it (<see cref="FrontPageCapture"/>), so that a hit served from it may be kept in front of the pipeline.
/// </summary>
public sealed class EvictionAwarePageStore(IOutputCacheStore store, PageCacheEvictions evictions, IHttpContextAccessor requests) : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var read = store.GetAsync(key, cancellationToken);
        if (read.IsCompletedSuccessfully && read.Result is { } entry && requests.HttpContext is { } request)
        {
            FrontPageCapture.Remember(request, key, entry);
        }

        return read;
    }

    /// <summary>Whether the store still holds this very entry under <paramref name="key"/> (not evicted, expired, compacted or replaced).</summary>
    internal bool Holds(string key, byte[] entry) => IsEntry(store.GetAsync(key, CancellationToken.None), entry);

    // A store that does not answer at once (not the framework's memory store) is not asked twice: the page falls through.
    private static bool IsEntry(ValueTask<byte[]?> read, byte[] entry) => read.IsCompletedSuccessfully && ReferenceEquals(read.Result, entry);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (tags is not null && TenantPageCachePolicy.EvictionsAtStart(requests.HttpContext) is { } atStart && evictions.SumOf(tags) != atStart)
        {
            return ValueTask.CompletedTask;
        }

        return store.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
