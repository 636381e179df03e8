using System.Globalization;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// What <see cref="TenantPageCachePolicy"/> adds to the framework's key of a page (method, scheme, host, path base and
/// path upper-cased, the query parameters it reads), as one <c>CacheKeyPrefix</c>: the tenant, the path base as the
/// visitor wrote it (the page's links repeat it), gzip or not, the page number and the order of a list. The framework
/// takes named vary values as a dictionary that each request fills and the key builder copies and sorts; a prefix is one
/// string, and the common one (a first page in its default order) is made once per tenant, path base and encoding and
/// then reused, so a cached hit builds no part of its key but the framework's own. One per tenant (a shell feature),
/// along with the tenant's eviction tag.
/// </summary>
internal sealed class TenantPageCacheKeys(string tenant)
{
    /// <summary>The tag of every page of the tenant, by which its pages are evicted together.</summary>
    public string Tag { get; } = TenantPageCachePolicy.TenantTag(tenant);

    private sealed record Reused(string PathBase, string Prefix);

    private Reused? _plain;
    private Reused? _gzip;

    public static TenantPageCacheKeys Of(ShellContext shell) => shell.GetFeature(static shell => new TenantPageCacheKeys(shell.Name));

    /// <param name="sort">The list's order as the query asked for it, when the list reads one; empty otherwise.</param>
    public string Prefix(string pathBase, bool gzip, int page = 1, string sort = "")
    {
        if (page != 1 || sort.Length > 0)
        {
            return Build(pathBase, gzip, page, sort);
        }

        // One slot per encoding, replaced whole: a tenant reached under another spelling of its path base gets its own prefix.
        var reused = gzip ? _gzip : _plain;
        if (reused is null || !string.Equals(reused.PathBase, pathBase, StringComparison.Ordinal))
        {
            reused = new Reused(pathBase, Build(pathBase, gzip, page, sort));
            if (gzip)
            {
                _gzip = reused;
            }
            else
            {
                _plain = reused;
            }
        }

        return reused.Prefix;
    }

    // Every field but the last is written with its length, so no two sets of values make the same prefix whatever
    // characters the path base holds; the path base goes last.
    private string Build(string pathBase, bool gzip, int page, string sort)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{tenant.Length}:{tenant}{number.Length}:{number}{sort.Length}:{sort}{(gzip ? 'z' : '-')}{pathBase}");
    }
}
