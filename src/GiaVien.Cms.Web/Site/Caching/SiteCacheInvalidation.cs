using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.District;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.OutputCaching;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Drops a tenant's cached pages when what they show changes: content published, unpublished or deleted, settings
/// saved (both reported by <see cref="PublicChanges"/> after commit), templates saved, or the tenant's record changed.
/// A change on a commune also drops the district's pages, whose "Tin cơ sở" may show its news, and so does the district's
/// read model of shared news once it applied changes (a render in between may have read the rows before them).
/// </summary>
public sealed class SiteCacheInvalidation(PublicChanges changes, TenantRegistry registry, SharedSummaryFeed sharedNews, IOutputCacheStore store,
    PageCacheEvictions evictions, Front.FrontPages front, ILogger<SiteCacheInvalidation> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        changes.Changed += EvictTenant;
        registry.Changed += EvictTenant;
        sharedNews.Refreshed += EvictSharedNews;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        changes.Changed -= EvictTenant;
        registry.Changed -= EvictTenant;
        sharedNews.Refreshed -= EvictSharedNews;
        return Task.CompletedTask;
    }

    private void EvictSharedNews() => EvictTag(TenantPageCachePolicy.SharedNewsTag);

    private void EvictTenant(string tenantName)
    {
        EvictTag(TenantPageCachePolicy.TenantTag(tenantName));
        if (tenantName != TenantRecord.DefaultName)
        {
            EvictTag(TenantPageCachePolicy.SharedNewsTag);
        }
    }

    private void EvictTag(string tag)
    {
        evictions.Count(tag);
        var eviction = store.EvictByTagAsync(tag, CancellationToken.None);
        if (!eviction.IsCompletedSuccessfully)
        {
            _ = eviction.AsTask().ContinueWith(t => logger.LogError(t.Exception, "Output cache tag {Tag} could not be evicted", tag), TaskContinuationOptions.OnlyOnFaulted);
        }

        // Pages served in front are only served while the store holds their entry; this frees the memory of those it dropped.
        front.Sweep();
    }
}
