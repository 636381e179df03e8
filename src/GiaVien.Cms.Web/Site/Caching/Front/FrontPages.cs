using System.Collections.Concurrent;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site.Caching.Compression;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// The output cache's pages as its hits are served in front of the pipeline (<see cref="FrontPageServing"/>), right
/// after the tenant is known. A page gets here from one of the cache's own hits (<see cref="FrontPageCapture"/>), and
/// is served only while the cache's store holds the entry it was read from, so the store stays the one cache: what it
/// evicts (a tenant's pages on a change), lets expire or compacts away is not served here either, and falls through to
/// the whole pipeline. Only a request whose answer cannot depend on anything but the key is taken (<see cref="KeyOf"/>);
/// any doubt falls through.
/// </summary>
public sealed class FrontPages(EvictionAwarePageStore store, IOptions<SiteCacheOptions> options)
{
    private static readonly object Found = new();

    private readonly ConcurrentDictionary<FrontKey, FrontPage> _pages = new();
    private long _bytes;

    /// <summary>
    /// The key of a request that may be answered in front, or null. Only an anonymous GET (no cookie but those that sign
    /// no one in, <see cref="CookiesOfNoOne"/>) without a query, a body, a
    /// conditional or range header and with a path and host in lower case (so no spelling makes a second page for one
    /// entry of the store, whose key ignores case), asking for gzip or for no encoding at all (a client taking only
    /// brotli gets the plain page compressed per response).
    /// </summary>
    internal FrontKey? KeyOf(HttpContext context)
    {
        var request = context.Request;
        if (!options.Value.Enabled || !HttpMethods.IsGet(request.Method) || request.QueryString.HasValue || request.ContentLength is > 0
            || context.Features.Get<ShellContext>() is not { } shell)
        {
            return null;
        }

        var headers = request.Headers;
        // A sign-in cookie or header makes another page; conditional and range requests are answered by rules of their own.
        if ((headers.Cookie.Count > 0 && !CookiesOfNoOne.Only(headers.Cookie)) || headers.Authorization.Count > 0 || headers.TransferEncoding.Count > 0
            || headers.IfNoneMatch.Count > 0 || headers.IfModifiedSince.Count > 0 || headers.IfMatch.Count > 0 || headers.IfUnmodifiedSince.Count > 0
            || headers.Range.Count > 0 || headers.IfRange.Count > 0)
        {
            return null;
        }

        var gzip = AcceptsGzip.Of(request);
        var host = request.Host.Value ?? "";
        var path = request.Path.Value ?? "/";
        if ((!gzip && headers.AcceptEncoding.Count > 0) || HasUpperCase(host) || HasUpperCase(path))
        {
            return null;
        }

        return new FrontKey(shell.Name, request.Scheme, host, request.PathBase.Value ?? "", path, gzip);
    }

    private static bool HasUpperCase(string text) => text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>Whether the request is answered in front; the page is then kept with the request for <see cref="Of"/>.</summary>
    internal bool Holds(HttpContext context)
    {
        // No IsEmpty check first: on an empty ConcurrentDictionary it takes every lock, and this runs on every request.
        if (KeyOf(context) is not { } key || !_pages.TryGetValue(key, out var page))
        {
            return false;
        }

        if (!store.Holds(page.StoreKey, page.Stored))
        {
            Forget(key, page);
            return false;
        }

        context.Items[Found] = page;
        return true;
    }

    internal static FrontPage Of(HttpContext context) => (FrontPage)context.Items[Found]!;

    /// <summary>Keeps a page read from the store, unless the pages kept would then hold more than the cache's size limit.</summary>
    internal void Keep(FrontKey key, FrontPage page)
    {
        if (!Reserve(page.Size))
        {
            Sweep();
            if (!Reserve(page.Size))
            {
                return;
            }
        }

        while (true)
        {
            if (_pages.TryGetValue(key, out var old))
            {
                if (_pages.TryUpdate(key, page, old))
                {
                    Interlocked.Add(ref _bytes, -old.Size);
                    return;
                }
            }
            else if (_pages.TryAdd(key, page))
            {
                return;
            }
        }
    }

    private bool Reserve(long size)
    {
        if (Interlocked.Add(ref _bytes, size) <= options.Value.SizeLimit)
        {
            return true;
        }

        Interlocked.Add(ref _bytes, -size);
        return false;
    }

    /// <summary>Drops the pages whose store entry is gone: called after the store evicted a tag, and when the pages are full.</summary>
    public void Sweep()
    {
        foreach (var (key, page) in _pages)
        {
            if (!store.Holds(page.StoreKey, page.Stored))
            {
                Forget(key, page);
            }
        }
    }

    private void Forget(FrontKey key, FrontPage page)
    {
        if (_pages.TryRemove(new KeyValuePair<FrontKey, FrontPage>(key, page)))
        {
            Interlocked.Add(ref _bytes, -page.Size);
        }
    }
}
