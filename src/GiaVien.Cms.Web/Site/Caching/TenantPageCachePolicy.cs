using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Full-page output cache of the public site for anonymous visitors: one entry per tenant, host, path base and path,
/// and per page number on the pages that read one (<see cref="VariesByPageNumber"/>). The key holds only what a page
/// reads, so made-up query parameters cannot fill the cache. Entries are tagged with the tenant so its pages are dropped
/// together when its content, settings or templates change.
/// </summary>
public sealed class TenantPageCachePolicy(IOptions<SiteCacheOptions> options, CmsMetrics metrics, TypeListFilters typeLists, PageCacheEvictions evictions) : IOutputCachePolicy
{
    private static readonly object LookupStarted = new();

    /// <summary>When the cache lookup started, and how often the page's tags had been evicted by then.</summary>
    private sealed record Lookup(long Timestamp, long Evictions);

    public const string Name = "TenantPage";
    public const string SharedNewsTag = "shared-news";

    public static string TenantTag(string tenantName) => "tenant:" + tenantName;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var shell = http.Features.Get<ShellContext>();
        var attempt = shell is not null && options.Value.Enabled
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = !SharedRenderCancellation.RendersAlone(http);
        if (!attempt)
        {
            return ValueTask.CompletedTask;
        }

        var keys = TenantPageCacheKeys.Of(shell!);
        var pathBase = http.Request.PathBase.Value ?? "";
        // Browsers get the page compressed once when stored (Compression.StoredPageCompression), other clients the plain one.
        var gzip = Compression.AcceptsGzip.Of(http.Request);
        context.CacheVaryByRules.CacheKeyPrefix = keys.Prefix(pathBase, gzip);
        context.Tags.Add(keys.Tag);
        if (shell!.Tenant.IsDefault)
        {
            context.Tags.Add(SharedNewsTag);
        }

        context.ResponseExpirationTimeSpan = options.Value.Duration;
        http.Items[LookupStarted] = new Lookup(System.Diagnostics.Stopwatch.GetTimestamp(), evictions.SumOf(context.Tags));

        if (http.GetEndpoint()?.Metadata.GetMetadata<VariesByPageNumber>() is not { } varies)
        {
            return ValueTask.CompletedTask;
        }

        if (!varies.FieldFilters)
        {
            // The page number as the page reads it (a malformed one is the first page), not the raw query value.
            context.CacheVaryByRules.CacheKeyPrefix = keys.Prefix(pathBase, gzip, NewsListPage.RequestedPage(http));
            context.CacheVaryByRules.QueryKeys = varies.QueryParameters;
            return ValueTask.CompletedTask;
        }

        // The content route: without a query, any page there (a type's list unfiltered, an item, a static page) has one
        // entry, the same one the page gets with parameters it does not read.
        return http.Request.QueryString.HasValue && IsTypeListPath(http.Request.Path) ? VaryByTypeListQueryAsync(context, shell, keys, pathBase, gzip) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// Only where a type lists its items: its page number, filters and order make entries; other parameters (and any
    /// on a page that is not a list) share the page's entry.
    /// </summary>
    private async ValueTask VaryByTypeListQueryAsync(OutputCacheContext context, ShellContext shell, TenantPageCacheKeys keys, string pathBase, bool gzip)
    {
        var http = context.HttpContext;
        if (await typeLists.OfAsync(http, shell, http.Request.Path.Value![1..]) is not { } reads)
        {
            return;
        }

        context.CacheVaryByRules.QueryKeys = http.Request.Query.Keys.Where(reads.Filters.Contains).ToArray();
        context.CacheVaryByRules.CacheKeyPrefix = keys.Prefix(pathBase, gzip, NewsListPage.RequestedPage(http), Types.ContentSort.CacheKey(http.Request.Query, reads.Sorts));
    }

    // A type's public list is at its route prefix, one segment without a slash ("/thong-bao"); its items are deeper
    // ("/thong-bao/lich-cat-dien"), so only a one-segment path needs to ask whether a type lists there.
    private static bool IsTypeListPath(PathString path) => path.Value is { Length: > 1 } value && value.IndexOf('/', 1) < 0;

    /// <summary>How often the page's tags had been evicted when its lookup started; null for a request the cache does not store.</summary>
    public static long? EvictionsAtStart(HttpContext? http) => http?.Items[LookupStarted] is Lookup lookup ? lookup.Evictions : null;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.CacheHit(context.HttpContext.Features.Get<ShellContext>()!.Name);
        ServedFromCache.Mark(context.HttpContext);
        Front.FrontPageCapture.Begin(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (context.HttpContext.Items[LookupStarted] is Lookup lookup)
        {
            metrics.Rendered(context.HttpContext.Features.Get<ShellContext>()!.Name, lookup.Timestamp);
        }

        // Only complete pages for everyone: never an error, a redirect or a response that sets a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
