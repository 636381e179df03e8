using GiaVien.Cms.Blocks;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Settings;

namespace GiaVien.Cms.Web.Site.Branding;

/// <summary>For a feature's data migration: changes the tenant's main menu (its own, or the default one) in the feature's transaction.</summary>
public static class MenuMigration
{
    /// <param name="edit">Changes the menu in place; returns false when it left it as it was (nothing is then stored).</param>
    public static async Task EditAsync(IServiceProvider tenantServices, Func<List<MenuEntry>, bool> edit, CancellationToken cancellationToken)
    {
        var stored = await tenantServices.GetRequiredService<CmsDbContext>().Settings.FindAsync([SiteSettingNames.Menu], cancellationToken);
        var menu = SiteMenu.Parse(stored?.Value).ToList();
        if (edit(menu))
        {
            await tenantServices.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.Menu, SiteMenu.Serialize(menu), cancellationToken);
        }
    }
}
