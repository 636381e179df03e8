using System.Data.Common;
using System.Runtime.CompilerServices;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Settings;
using GiaVien.Cms.Data.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// Watches a tenant's saves for what changes its public pages: a change-log entry (publish, unpublish, delete,
/// whoever wrote it: editor, API, scheduler, recipe), a site setting or a theme template. It notifies after the save has been
/// committed: at once without an explicit transaction, else when that transaction commits.
/// </summary>
public sealed class PublicChangesInterceptor(string tenantName, PublicChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts whose pending save touches public content; weak, so a context that fails its save leaves nothing behind.
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

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
        if (context is not null && context.ChangeTracker.Entries().Any(IsPublic))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    private static bool IsPublic(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is ChangeLogEntry or SiteSetting or ThemeTemplateRecord;

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
