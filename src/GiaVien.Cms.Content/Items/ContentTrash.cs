using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>Deleting moves an item to the trash (Thùng rác); it can be restored until it is purged.</summary>
public sealed class ContentTrash(CmsDbContext db, ContentPublisher publisher, ContentAudit audit, TimeProvider clock)
{
    public async Task DeleteAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await db.ContentItems.Where(i => i.ContentItemId == contentItemId && i.DeletedUtc == null).ToListAsync(cancellationToken);
        if (all.Count == 0)
        {
            throw new ContentNotFoundException(contentItemId);
        }

        foreach (var version in all)
        {
            version.DeletedUtc = now;
        }

        if (all.SingleOrDefault(v => v.Published) is { } published)
        {
            publisher.Unpublish(published, userName, ChangeOperation.Delete);
        }
        else
        {
            audit.Add(userName, "Deleted", contentItemId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Takes an item out of the trash as an unpublished draft (it is not re-published by itself).</summary>
    public async Task RestoreAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        var all = await db.ContentItems.Where(i => i.ContentItemId == contentItemId && i.DeletedUtc != null).ToListAsync(cancellationToken);
        if (all.Count == 0)
        {
            throw new ContentNotFoundException(contentItemId);
        }

        foreach (var version in all)
        {
            version.DeletedUtc = null;
        }

        var latest = all.Single(v => v.Latest);
        (latest.ScheduledPublishUtc, latest.ScheduledUnpublishUtc, latest.WorkflowState) = (null, null, WorkflowState.Draft);
        audit.Add(userName, "Restored", contentItemId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes for good what has been in the trash longer than <paramref name="retention"/>.</summary>
    public async Task<int> PurgeAsync(TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var threshold = clock.GetUtcNow().UtcDateTime - retention;
        var ids = await db.ContentItems.Where(i => i.Latest && i.DeletedUtc < threshold).Select(i => i.ContentItemId).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ContentRoutes.Where(r => ids.Contains(r.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        await db.ContentItems.Where(i => ids.Contains(i.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in ids)
        {
            audit.Add("he-thong", "Purged", id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }
}
