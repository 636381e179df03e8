using System.Runtime.CompilerServices;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;

namespace GiaVien.Cms.Blocks;

/// <summary>Reads and saves the current tenant's zones; every save is audited and, being a setting, evicts its cached pages.</summary>
public sealed class BlockArrangementStore(SiteSettingsStore settings, TenantDb tenantDb, TimeProvider clock)
{
    private CmsDbContext Db => tenantDb.Context;

    public const string AuditAction = "Sắp xếp khối trang";

    // Every page with blocks asks for the zones: the setting's JSON is decoded once per string the settings cache holds.
    // Keyed by that very instance, an entry goes with the settings it came from (a save reads new strings), and a
    // tenant's JSON can only ever give its own zones. The zones are shared between requests and never changed.
    private static readonly ConditionalWeakTable<string, BlockZones> Parsed = new();

    public async Task<BlockZones> GetAsync(CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(cancellationToken)).GetValueOrDefault(SiteSettingNames.HomeBlocks) is { } json
            ? Parsed.GetValue(json, BlockZones.Parse)
            : BlockZones.Default;

    public async Task SaveAsync(BlockZones zones, string userName, string details, CancellationToken cancellationToken = default)
    {
        await settings.StageAsync(SiteSettingNames.HomeBlocks, zones.Serialize(), cancellationToken);
        Db.AuditTrail.Add(new AuditEntry { Utc = clock.GetUtcNow().UtcDateTime, UserName = userName, Action = AuditAction, Details = details });
        // The public-changes interceptor sees the setting and drops the tenant's cached pages after the commit.
        await Db.SaveChangesAsync(cancellationToken);
    }
}
