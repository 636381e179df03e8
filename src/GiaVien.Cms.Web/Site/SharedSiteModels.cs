using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The site's values (branding, menu, categories, contact lines, language, year) as one instance per tenant for as long
/// as they stay the same, so the theme keeps the layout's header and footer beside it (<c>{% kept_layout %}</c>) instead
/// of rendering them on every uncached page. A <see cref="SiteViewModel"/> is made from the tenant's settings and read
/// cache when they changed (<see cref="KeptSiteModels"/> answers it until then) and compared by value with the instances
/// kept for the tenant, so a settings, menu or category change is a new instance (and new markup) on the very next page,
/// and a change that leaves the site's values as they were (a publish) finds its instance and markup again. The visit
/// figures are left out: they change with every page view and are written outside the kept parts. The instances hang on
/// the tenant's shell, so what they keep is freed with the tenant when it is released.
/// </summary>
internal static class SharedSiteModels
{
    // One per language and address the tenant is reached by (its host, a loopback name, a path prefix): a handful.
    private const int MaxPerTenant = 4;

    private static readonly SharedInstances<ShellContext, SiteViewModel> ByShell = new(MaxPerTenant, SameValues, site => site with { Visits = null });

    /// <summary>The tenant's shared instance with <paramref name="site"/>'s values (its visit figures aside).</summary>
    public static SiteViewModel For(ShellContext shell, SiteViewModel site) => ByShell.For(shell, site);

    /// <summary>Whether <paramref name="site"/> shows what <paramref name="shared"/> shows, the visit figures aside.</summary>
    internal static bool SameValues(SiteViewModel site, SiteViewModel shared) =>
        SameMenu(site.Menu, shared.Menu)
        && site.Categories.SequenceEqual(shared.Categories)
        // Every other member compared by the record's own equality, the lists already compared by value above.
        && site with { Menu = shared.Menu, Categories = shared.Categories, Visits = null } == shared;

    private static bool SameMenu(IReadOnlyList<MenuItemViewModel> a, IReadOnlyList<MenuItemViewModel> b) =>
        SharedInstances.SameItems(a, b, static (x, y) => x.Title == y.Title && x.Url == y.Url && x.Children.SequenceEqual(y.Children));
}
