using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

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

        // A loop rather than a lambda: a closure over the request would be allocated on every public request.
        foreach (var notPage in NotPages)
        {
            if (request.Path.StartsWithSegments(notPage, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A resident's browser: not signed in, not a robot, not a prefetch.</summary>
    public static bool IsReader(HttpContext context) =>
        IsBrowser(context.Request.Headers.UserAgent.ToString())
        && context.User.Identity?.IsAuthenticated != true
        && !IsPrefetch(context.Request.Headers);

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

    private static bool IsPrefetch(IHeaderDictionary headers) =>
        headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"bot|crawl|spider|slurp|archiver|curl/|wget/|python|java/|go-http-client|httpclient|okhttp|axios|headlesschrome|lighthouse|pagespeed|facebookexternalhit|embedly|scrapy", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Robot();
}
