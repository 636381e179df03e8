using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Visits;

/// <summary>Clients as the visit counter sees them: a resident's browser, and the robots and scripts it leaves out.</summary>
public static class VisitorClients
{
    public const string BrowserAgent = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    /// <summary>No user agent at all (most scripts), crawlers, command-line tools and headless browsers.</summary>
    public static readonly string[] Robots =
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "coccocbot-web/1.0 (+http://help.coccoc.com/searchengine)",
        "curl/8.5.0",
        "python-requests/2.31.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
    ];

    /// <summary>A resident's browser (no cookies kept, as a first visit).</summary>
    public static HttpClient Reader(CmsHost host)
    {
        var client = host.Browser();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", BrowserAgent);
        return client;
    }
}
