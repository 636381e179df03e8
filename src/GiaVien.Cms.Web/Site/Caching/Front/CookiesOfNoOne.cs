using GiaVien.Cms.Web.Security;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// Whether a request's cookies leave it an anonymous visitor's, so that its page is the one kept for the key. What
/// reads a request's cookies: authentication (the sign-in cookie <c>.gv.auth</c>, per tenant
/// <c>.gv.auth.{tenant}</c>), antiforgery (<c>.gv.af</c>, only when a form is posted or rendered, and a page with a
/// form's token is not stored) and the sign-in's known-browser check (<c>.gv.known</c>, at sign-in only); there is no
/// session, culture or consent cookie. An analytics cookie or the antiforgery cookie of a resident who asked a
/// question changes nothing, and the output cache serves them its entry after authentication found no one; any other
/// cookie of the CMS's, whatever its case or tenant, goes through the whole pipeline as before.
/// </summary>
internal static class CookiesOfNoOne
{
    public static bool Only(StringValues cookieHeaders)
    {
        foreach (var header in cookieHeaders)
        {
            // Cookies are separated by ';' (some old clients use ','); a name is what comes before '='.
            var text = header.AsSpan();
            foreach (var range in text.SplitAny(";,"))
            {
                var cookie = text[range];
                var equals = cookie.IndexOf('=');
                var name = (equals < 0 ? cookie : cookie[..equals]).Trim();
                if (MayBeTheCms(name) && !IsAntiforgery(name))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A name that is, or might be read as, one of the CMS's (any case; encoded characters are not decoded here, so refused).</summary>
    private static bool MayBeTheCms(ReadOnlySpan<char> name) =>
        name.Contains("gv", StringComparison.OrdinalIgnoreCase) || name.Contains('%');

    private static bool IsAntiforgery(ReadOnlySpan<char> name) =>
        name.StartsWith(CmsSecurity.AntiforgeryCookie, StringComparison.Ordinal)
        && (name.Length == CmsSecurity.AntiforgeryCookie.Length || name[CmsSecurity.AntiforgeryCookie.Length] == '.');
}
