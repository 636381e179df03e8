using System.Security.Claims;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;

namespace GiaVien.Cms.Admin;

/// <summary>Audit entries of what a signed-in administrator changes in the admin.</summary>
public static class AdminAuditTrail
{
    /// <summary>Stages an entry of <paramref name="user"/>; it is saved with the change, by the caller's next SaveChanges.</summary>
    public static void Audit(this CmsDbContext db, TimeProvider clock, ClaimsPrincipal user, string action, string details) =>
        db.AuditTrail.Add(new AuditEntry { Utc = clock.GetUtcNow().UtcDateTime, UserName = user.Name(), Action = action, Details = details });
}
