using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// Watches a tenant's saves for entities of interest (<see cref="Watches"/>) and raises <paramref name="changes"/>
/// with the tenant's name once the save is committed: at once without an explicit transaction, else when that
/// transaction commits, so a listener never acts on a change that is rolled back or not yet visible.
/// </summary>
public abstract class CommittedChangesInterceptor(string tenantName, NodeEvent<string> changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts whose pending save touches a watched entity; weak, so a context that fails its save leaves nothing behind.
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    protected abstract bool Watches(EntityEntry entry);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    private void Mark(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watches(e)))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    private void NotifyIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Flush(context);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            changes.Notify(tenantName);
        }
    }
}
