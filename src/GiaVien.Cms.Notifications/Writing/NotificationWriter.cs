using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Notifications.Writing;

/// <summary>
/// Writes notifications in the same save as the audit entry of a submission, return or publication, whoever made it
/// (the editor page, a bulk action, the API, the scheduler): they commit or roll back with the event itself.
/// Everything saved inside one transaction for one recipient and kind is one batch, so a bulk publication of 50 items
/// is one notification (and one e-mail) rather than 50; saves outside a transaction are each a batch of their own.
/// </summary>
public sealed class NotificationWriter(TimeProvider clock) : SaveChangesInterceptor, ITenantSaveInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CmsDbContext db)
        {
            await WriteAsync(db, cancellationToken);
        }

        return result;
    }

    // The workflow saves asynchronously everywhere; a synchronous save would block on the same work.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CmsDbContext db)
        {
            WriteAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task WriteAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var events = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.ContentItemId is not null && WorkflowEvents.KindOf(e.Entity.Action) is not null)
            .Select(e => e.Entity)
            .ToList();
        if (events.Count == 0)
        {
            return;
        }

        var users = await NotificationRecipients.LoadUsersAsync(db, cancellationToken);
        var batch = (db.Database.CurrentTransaction?.TransactionId ?? Guid.NewGuid()).ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var audit in events)
        {
            var kind = WorkflowEvents.KindOf(audit.Action)!.Value;
            if (await ItemAsync(db, audit.ContentItemId!, kind, cancellationToken) is not { } item)
            {
                continue;
            }

            foreach (var recipient in NotificationRecipients.Of(kind, item.ContentType, item.Owner, audit.UserName, users))
            {
                db.Notifications.Add(new NotificationRecord
                {
                    UserName = recipient.UserName,
                    Kind = kind,
                    Batch = $"{batch}-{(int)kind}",
                    ContentItemId = item.ContentItemId,
                    Title = item.DisplayText,
                    Actor = audit.UserName,
                    Note = kind == NotificationKind.Returned ? audit.Details : null,
                    CreatedUtc = now,
                    MailDueUtc = recipient.WantsMail ? now : null,
                });
            }
        }
    }

    /// <summary>The version the event is about: the one being published, else the latest; tracked by the workflow, else read.</summary>
    private static async Task<ContentItemRecord?> ItemAsync(CmsDbContext db, string contentItemId, NotificationKind kind, CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<ContentItemRecord>().Select(e => e.Entity).Where(i => i.ContentItemId == contentItemId).ToList();
        return (kind == NotificationKind.Published ? tracked.FirstOrDefault(i => i.Published) : null)
            ?? tracked.FirstOrDefault(i => i.Latest)
            ?? await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken);
    }
}
