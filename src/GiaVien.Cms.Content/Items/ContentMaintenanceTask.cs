using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Content.Items;

/// <summary>Per tenant, without waiting for a visitor: carries out due publish/unpublish schedules, purges the old trash and old audit entries.</summary>
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
}
