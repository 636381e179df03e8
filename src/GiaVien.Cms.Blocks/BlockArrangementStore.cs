using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Tenants.Settings;

namespace GiaVien.Cms.Blocks;

/// <summary>Reads and saves the current tenant's zones; every save is audited and, being a setting, evicts its cached pages.</summary>
public sealed class BlockArrangementStore(SiteSettingsStore settings, CmsDbContext db, TimeProvider clock)
{
    public const string AuditAction = "Sắp xếp khối trang";

    public async Task<BlockZones> GetAsync(CancellationToken cancellationToken = default) =>
        BlockZones.Parse((await settings.GetAsync(cancellationToken)).GetValueOrDefault(SiteSettingNames.HomeBlocks));

    public async Task SaveAsync(BlockZones zones, string userName, string details, CancellationToken cancellationToken = default)
    {
        await settings.StageAsync(SiteSettingNames.HomeBlocks, zones.Serialize(), cancellationToken);
        db.AuditTrail.Add(new AuditEntry { Utc = clock.GetUtcNow().UtcDateTime, UserName = userName, Action = AuditAction, Details = details });
        // The public-changes interceptor sees the setting and drops the tenant's cached pages after the commit.
        await db.SaveChangesAsync(cancellationToken);
    }
}
