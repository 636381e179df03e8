using System.Security.Claims;
using GiaVien.Cms.Visits;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Web.Tests.Visits;

/// <summary>Which requests count as a resident's view, decided without allocating on the way of a cached page.</summary>
public sealed class VisitorFilterTests
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private static DefaultHttpContext Request(Action<IHeaderDictionary>? headers = null, ClaimsPrincipal? user = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/tin-tuc/le-hoi-dinh";
        context.Request.Headers.UserAgent = Browser;
        headers?.Invoke(context.Request.Headers);
        // As the pipeline leaves it: the request log's user context has already asked for the (anonymous) principal.
        context.User = user ?? new ClaimsPrincipal(new ClaimsIdentity());
        return context;
    }

    [Fact]
    public void A_reader_s_view_is_told_apart_without_allocating()
    {
        var context = Request();
        Assert.True(VisitorFilter.IsReader(context));

        // Every counted view of a cached page asks this; an allocation here was a collection's worth of garbage per
        // few thousand views (the principal's identities were enumerated to find it anonymous).
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            VisitorFilter.IsReader(context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Signed_in_editors_prefetches_and_robots_are_not_readers_and_a_cookie_alone_does_not_sign_in()
    {
        var editor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "Cookies"));
        Assert.False(VisitorFilter.IsReader(Request(h => h.Cookie = ".GiaVien.Auth=abc", editor)));
        Assert.True(VisitorFilter.IsReader(Request(h => h.Cookie = "cookie-consent=1")));
        Assert.False(VisitorFilter.IsReader(Request(h => h["Sec-Purpose"] = "prefetch;prerender")));
        Assert.False(VisitorFilter.IsReader(Request(h => h["Purpose"] = "Prefetch")));
        Assert.True(VisitorFilter.IsReader(Request(h => h["Sec-Purpose"] = "")));
        Assert.False(VisitorFilter.IsReader(Request(h => h.UserAgent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")));
    }
}
