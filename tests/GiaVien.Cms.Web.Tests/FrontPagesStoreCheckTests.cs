using System.Diagnostics;
using System.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site.Caching;
using GiaVien.Cms.Web.Site.Caching.Front;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A page kept in front is served only while the output cache's store holds its entry. The store is asked at a page's
/// first hit and then at most once per <see cref="FrontPages.StoreCheckIntervalMilliseconds"/>, not at every hit; a
/// tag's eviction still ends the page at once, since the sweep that follows it asks the store for every page.
/// </summary>
public sealed class FrontPagesStoreCheckTests
{
    private static readonly byte[] Entry = Encoding.UTF8.GetBytes("<html><body>Xã Gia Hòa</body></html>");

    [Fact]
    public void Hits_in_quick_succession_ask_the_store_once()
    {
        var (store, pages, request) = KeptPage();

        var started = Stopwatch.GetTimestamp();
        for (var hit = 0; hit < 5; hit++)
        {
            Assert.True(pages.Holds(request));
        }

        // One read, and one more per interval the loop took should the machine stall it (the clock's ticks are coarse).
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Assert.InRange(store.Reads, 1, 1 + (elapsed + 20) / FrontPages.StoreCheckIntervalMilliseconds);
    }

    [Fact]
    public void A_page_whose_entry_went_before_its_first_hit_is_not_served()
    {
        var (store, pages, request) = KeptPage();
        store.Drop();

        Assert.False(pages.Holds(request));
    }

    [Fact]
    public void The_sweep_after_an_eviction_ends_a_page_the_store_was_just_seen_holding()
    {
        var (store, pages, request) = KeptPage();
        Assert.True(pages.Holds(request));

        store.Drop();
        pages.Sweep();

        Assert.False(pages.Holds(request));
    }

    private static (OneEntryStore Store, FrontPages Pages, HttpContext Request) KeptPage()
    {
        var store = new OneEntryStore();
        var pages = new FrontPages(new EvictionAwarePageStore(store, new PageCacheEvictions(), new HttpContextAccessor()), Options.Create(new SiteCacheOptions()));
        var shell = new ShellContext(new TenantRecord { Name = "gia-hoa", DisplayName = "Xã Gia Hòa" }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp");
        var request = new DefaultHttpContext();
        request.Request.Method = HttpMethods.Get;
        request.Request.Scheme = "http";
        request.Request.Host = new HostString("localhost");
        request.Request.PathBase = "/gia-hoa";
        request.Request.Path = "/";
        request.Features.Set(shell);

        var key = pages.KeyOf(request)!.Value;
        var page = new FrontPage(OneEntryStore.Key, Entry, StatusCodes.Status200OK, [], Entry, bodyCopied: false,
            NonceSpots.Of(Entry, new DefaultHttpContext().Response), DateTimeOffset.UtcNow.UtcTicks);
        pages.Keep(key, page);
        return (store, pages, request);
    }

    /// <summary>A store holding one entry until dropped, counting how often it is read.</summary>
    private sealed class OneEntryStore : IOutputCacheStore
    {
        public const string Key = "GETHTTPLOCALHOST/GIA-HOA/";

        private byte[]? _entry = Entry;

        public int Reads { get; private set; }

        public void Drop() => _entry = null;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Reads++;
            return ValueTask.FromResult(key == Key ? _entry : null);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
