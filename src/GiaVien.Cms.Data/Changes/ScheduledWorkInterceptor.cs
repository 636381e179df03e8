using GiaVien.Cms.Data.Auditing;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GiaVien.Cms.Data.Changes;

/// <summary>Raises <see cref="ScheduledWorkChanges"/> after a save that wrote the audit trail.</summary>
public sealed class ScheduledWorkInterceptor(string tenantName, ScheduledWorkChanges changes) : CommittedChangesInterceptor(tenantName, changes)
{
    protected override bool Watches(EntityEntry entry) => entry.Entity is AuditEntry;
}
