using GiaVien.Cms.Blocks;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Puts "Đọc nhiều" under the article sidebar's other blocks the first time the counter is switched on, so the counts
/// show somewhere without the administrator arranging it; removed or moved later, it stays as the administrator left it.
/// </summary>
public sealed class MostReadSidebarMigration(int version) : IFeatureMigration
{
    public const string BlockId = "doc-nhieu";

    public int Version => version;

    public async Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        // Read from the table, not the settings cache: this runs inside the feature's transaction.
        var stored = await tenantServices.GetRequiredService<CmsDbContext>().Settings.FindAsync([SiteSettingNames.HomeBlocks], cancellationToken);
        var zones = BlockZones.Parse(stored?.Value);
        if (zones.Sidebar.Any(b => b.Kind == BlockKinds.MostRead) || zones.Sidebar.Count >= BlockZones.MaxBlocks)
        {
            return;
        }

        var sidebar = zones.Sidebar.Append(new Block { Id = BlockId, Kind = BlockKinds.MostRead, Count = BlockKinds.Find(BlockKinds.MostRead)!.DefaultCount }).ToList();
        await tenantServices.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.HomeBlocks, (zones with { Sidebar = sidebar }).Serialize(), cancellationToken);
    }
}
