using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;

namespace GiaVien.Cms.Content.Items;

/// <summary>Adds audit-trail entries to the current unit of work, so they commit (or not) with the change they describe.</summary>
public sealed class ContentAudit(CmsDbContext db, TimeProvider clock)
{
    public void Add(string userName, string action, string contentItemId, string? details = null) =>
        db.AuditTrail.Add(new AuditEntry
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            Action = action,
            ContentItemId = contentItemId,
            Details = details,
        });
}
