using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A tenant's site view models (<see cref="SiteViewModel"/>, its visit figures aside), each made once and answered to
/// every page until something it is made of changes, so an uncached page neither reads the settings, the categories and
/// the switched-off features again nor rebuilds the menu and the links. What a model is made of is either one of the
/// tenant's public answers — its settings, its categories, its definitions and features, all of which a change moves
/// <see cref="Data.Changes.PublicChangeCounter"/> for (a settings or menu save, a publish, a feature switched, or another
/// node's report of one) — or part of the <see cref="Key"/>: the path base, the page's language, the site's absolute
/// address (its origin comes from the request's host) and the year in Việt Nam. The theme's asset URLs are fixed for the
/// process (<see cref="Themes.ThemeAssets"/> hashes each file once) and the tenant's record for the shell.
/// At most <see cref="MaxPerTenant"/> models a tenant (one per path base, language and address it is reached by), the
/// oldest giving way; a model of an older change count is never answered again, since the count only grows. They hang
/// on the tenant's shell (<see cref="SharedInstances{TOwner,T}"/>), so they go when it is released.
/// </summary>
internal static class KeptSiteModels
{
    // A tenant's Vietnamese and English pages, by its host name and a loopback or public address or two: a handful.
    private const int MaxPerTenant = 8;

    /// <summary>Everything a site model is made of that is not one of the tenant's public answers, and the count of their changes.</summary>
    internal readonly record struct Key(long ChangeCount, string BasePath, string Language, string BaseUrl, int Year);

    private sealed record Entry(Key Key, SiteViewModel Site);

    // Found by key (Find), never by value: For's comparison is not used.
    private static readonly SharedInstances<ShellContext, Entry> ByShell = new(MaxPerTenant, static (_, _) => false, static entry => entry);

    /// <summary>The model kept for <paramref name="shell"/> under <paramref name="key"/>, or null.</summary>
    public static SiteViewModel? Find(ShellContext shell, Key key) => ByShell.Find(shell, key, static (wanted, entry) => entry.Key == wanted)?.Site;

    /// <summary>Keeps <paramref name="site"/> for <paramref name="shell"/> under <paramref name="key"/>.</summary>
    public static void Keep(ShellContext shell, Key key, SiteViewModel site) => ByShell.Add(shell, new Entry(key, site));
}
