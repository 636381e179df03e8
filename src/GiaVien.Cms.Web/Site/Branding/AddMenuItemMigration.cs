using GiaVien.Cms.Blocks;
using GiaVien.Cms.Tenants.Features;

namespace GiaVien.Cms.Web.Site.Branding;

/// <summary>A feature's data migration that adds its section to the main menu (the tenant's own, or the default one), once.</summary>
public sealed class AddMenuItemMigration(int version, string title, string url) : IFeatureMigration
{
    public int Version => version;

    public Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
        MenuMigration.EditAsync(tenantServices, menu =>
        {
            if (menu.Any(m => m.Url == url) || menu.Count >= SiteMenu.MaxItems)
            {
                return false;
            }

            // Before the site map, which closes the default menu.
            menu.Insert(Math.Max(0, menu.Count - 1), new MenuEntry(title, url));
            return true;
        }, cancellationToken);
}
