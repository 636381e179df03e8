using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Data;

/// <summary>
/// The entities a context tracks at one point of a long unit of work (a recipe's content import, one context and one
/// transaction for hundreds of items). <see cref="ForgetSavedSince"/> stops tracking the saved entities tracked since
/// then, so every later save's change detection (EF Core's own and each save interceptor's <c>Entries()</c>) scans one
/// item's entities rather than every item imported before it, which made an import's cost grow with the square of its
/// items. What was tracked at the checkpoint stays tracked: an earlier step may still hold and change those instances.
/// </summary>
public sealed class TrackerCheckpoint(DbContext db)
{
    private readonly HashSet<object> _kept = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);

    /// <summary>Detaches the entities tracked since the checkpoint that are saved (unchanged); pending changes stay tracked.</summary>
    public void ForgetSavedSince()
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Unchanged && !_kept.Contains(entry.Entity))
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
