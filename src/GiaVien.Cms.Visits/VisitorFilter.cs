using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Which requests are a resident reading a public page: a GET outside the admin, API, media and theme paths, from a
/// browser that is not signed in (editors checking their pages are not readers), not a crawler or a script by its
/// user agent, and not a prefetch. The response decides the rest (<see cref="IsPage"/>).
/// </summary>
public static partial class VisitorFilter
{
    private static readonly string[] NotPages = ["/admin", "/api", "/media", "/theme", "/health"];

    // Readers' browsers send a few user agents over and over; the robot pattern is matched once per agent, not once per
    // view. Bounded (count and length) so that made-up agents cannot grow it.
    private const int MaxKnownAgents = 1_000;
    private const int MaxKnownAgentLength = 512;
    private static readonly ConcurrentDictionary<string, bool> KnownAgents = new(StringComparer.Ordinal);

    // The verdict on the agent this thread saw last: a connection sends the same agent on each request, and Kestrel
    // then hands over the same string, so most requests are answered by comparing references.
    [ThreadStatic]
    private static string? _lastAgent;

    [ThreadStatic]
    private static bool _lastAgentIsBrowser;

    /// <summary>A GET of a path that may be a public page (asked first: it is the cheapest test).</summary>
    public static bool MayBePage(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            return false;
        }

        // A loop rather than a lambda: a closure over the request would be allocated on every public request. The path
        // is read once: each read of request.Path asks the request's features again.
        var path = request.Path;
        foreach (var notPage in NotPages)
        {
            if (path.StartsWithSegments(notPage, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A resident's browser: not signed in, not a robot, not a prefetch.</summary>
    public static bool IsReader(HttpContext context)
    {
        var headers = context.Request.Headers;
        return IsBrowser(headers.UserAgent.ToString()) && !IsSignedIn(context, headers) && !IsPrefetch(headers);
    }

    /// <summary>A page was shown: 200 with HTML (feeds, sitemaps, errors and redirects are not views).</summary>
    public static bool IsPage(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Scripts send no user agent; crawlers, monitors, link previews and headless browsers name themselves.</summary>
    public static bool IsBrowser(string userAgent)
    {
        if (userAgent.Length == 0)
        {
            return false;
        }

        if (ReferenceEquals(userAgent, _lastAgent) || string.Equals(userAgent, _lastAgent, StringComparison.Ordinal))
        {
            return _lastAgentIsBrowser;
        }

        var browser = KnownAgents.TryGetValue(userAgent, out var known) ? known : Judge(userAgent);
        _lastAgent = userAgent;
        _lastAgentIsBrowser = browser;
        return browser;
    }

    private static bool Judge(string userAgent)
    {
        var browser = !Robot().IsMatch(userAgent);
        if (userAgent.Length <= MaxKnownAgentLength)
        {
            if (KnownAgents.Count >= MaxKnownAgents)
            {
                KnownAgents.Clear();
            }

            KnownAgents[userAgent] = browser;
        }

        return browser;
    }

    // Only the sign-in cookie signs a page's visitor in, and a request without any cookie is not even authenticated (see
    // the web host's CookieRequestAuthentication): most readers send none, so their principal is not asked, which
    // allocated an enumerator of its identities on every counted view.
    private static bool IsSignedIn(HttpContext context, IHeaderDictionary headers) =>
        headers.Cookie.Count > 0 && context.User.Identity?.IsAuthenticated == true;

    // A header that is absent (almost always) is not turned into a string and searched.
    private static bool IsPrefetch(IHeaderDictionary headers) => SaysPrefetch(headers["Sec-Purpose"]) || SaysPrefetch(headers["Purpose"]);

    private static bool SaysPrefetch(StringValues purpose) =>
        purpose.Count > 0 && purpose.ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"bot|crawl|spider|slurp|archiver|curl/|wget/|python|java/|go-http-client|httpclient|okhttp|axios|headlesschrome|lighthouse|pagespeed|facebookexternalhit|embedly|scrapy", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Robot();
}
