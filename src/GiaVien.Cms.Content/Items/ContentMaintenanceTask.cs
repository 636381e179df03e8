using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Per tenant, without waiting for a visitor: carries out due publish/unpublish schedules, purges the old trash and old
/// audit entries. It is next due at the earliest of the next schedule, the oldest trashed item's purge and the oldest
/// audit entry's expiry, read from the tenant's database; scheduling or deleting writes the audit trail, which makes
/// the tenant due again at once.
/// </summary>
public sealed class ContentMaintenanceTask(IOptions<ContentOptions> options, TimeProvider clock, ILogger<ContentMaintenanceTask> logger) : ITenantBackgroundTask
{
    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var changed = await tenantServices.GetRequiredService<ContentPublisher>().RunDueSchedulesAsync(cancellationToken);
        var purged = await tenantServices.GetRequiredService<ContentTrash>().PurgeAsync(options.Value.TrashRetention, cancellationToken);
        var auditThreshold = clock.GetUtcNow().UtcDateTime - options.Value.AuditRetention;
        var auditPurged = await tenantServices.GetRequiredService<CmsDbContext>().AuditTrail.Where(a => a.Utc < auditThreshold).ExecuteDeleteAsync(cancellationToken);
        if (changed + purged + auditPurged > 0)
        {
            logger.LogInformation("Content maintenance: {Scheduled} scheduled changes applied, {Purged} items purged from the trash, {AuditPurged} old audit entries removed",
                changed, purged, auditPurged);
        }
    }

    public async Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<CmsDbContext>();
        var live = db.ContentItems.Where(i => i.Latest && i.DeletedUtc == null);
        DateTime?[] due =
        [
            await live.MinAsync(i => i.ScheduledPublishUtc, cancellationToken),
            await live.MinAsync(i => i.ScheduledUnpublishUtc, cancellationToken),
            await db.ContentItems.Where(i => i.Latest).MinAsync(i => i.DeletedUtc, cancellationToken) + options.Value.TrashRetention,
            await db.AuditTrail.MinAsync(a => (DateTime?)a.Utc, cancellationToken) + options.Value.AuditRetention,
        ];
        return due.Where(d => d is not null).Select(d => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(d!.Value, DateTimeKind.Utc))).Min();
    }
}
