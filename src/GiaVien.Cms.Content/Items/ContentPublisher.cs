using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Publishing, unpublishing and scheduling. Each change of what the public sees appends to the change log
/// (read by search indexing and cache invalidation) and to the audit trail, in the same transaction.
/// </summary>
public sealed class ContentPublisher(CmsDbContext db, ContentVersions versions, ContentRoutes routes, ContentAudit audit, TimeProvider clock)
{
    public async Task PublishAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LiveLatestAsync(contentItemId, cancellationToken);
        await PublishVersionAsync(latest, userName, publishedUtc: null, cancellationToken);
        await SaveOrConflictAsync(cancellationToken);
    }

    public async Task UnpublishAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        var published = await versions.PublishedAsync(contentItemId, cancellationToken)
            ?? throw new ContentException("Nội dung này hiện không được xuất bản.");
        Unpublish(published, userName, ChangeOperation.Unpublish);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes the latest version at <paramref name="utc"/> (Hẹn giờ đăng); the background task does it then.</summary>
    public async Task SchedulePublishAsync(string contentItemId, DateTime utc, string userName, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LiveLatestAsync(contentItemId, cancellationToken);
        latest.ScheduledPublishUtc = RequireFuture(utc);
        audit.Add(userName, "PublishScheduled", contentItemId, utc.ToString("O"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ScheduleUnpublishAsync(string contentItemId, DateTime utc, string userName, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LiveLatestAsync(contentItemId, cancellationToken);
        latest.ScheduledUnpublishUtc = RequireFuture(utc);
        audit.Add(userName, "UnpublishScheduled", contentItemId, utc.ToString("O"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CancelSchedulesAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LiveLatestAsync(contentItemId, cancellationToken);
        (latest.ScheduledPublishUtc, latest.ScheduledUnpublishUtc) = (null, null);
        audit.Add(userName, "ScheduleCancelled", contentItemId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Carries out every schedule that is due; run by the tenant's background task.</summary>
    /// <returns>How many items were published or unpublished.</returns>
    public async Task<int> RunDueSchedulesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ContentItems
            .Where(i => i.Latest && i.DeletedUtc == null && (i.ScheduledPublishUtc <= now || i.ScheduledUnpublishUtc <= now))
            .ToListAsync(cancellationToken);
        foreach (var latest in due)
        {
            if (latest.ScheduledPublishUtc <= now)
            {
                await PublishVersionAsync(latest, "he-thong", publishedUtc: null, cancellationToken);
            }

            if (latest.ScheduledUnpublishUtc <= now)
            {
                latest.ScheduledUnpublishUtc = null;
                if (await versions.PublishedAsync(latest.ContentItemId, cancellationToken) is { } published)
                {
                    Unpublish(published, "he-thong", ChangeOperation.Unpublish);
                }
            }

            await SaveOrConflictAsync(cancellationToken);
        }

        return due.Count;
    }

    /// <summary>
    /// Makes <paramref name="version"/> the published one, in the caller's unit of work: the previous published
    /// version stops being public, the canonical route follows the version's path (the former one keeps
    /// answering with a redirect), the schedule is cleared.
    /// </summary>
    internal async Task PublishVersionAsync(ContentItemRecord version, string userName, DateTime? publishedUtc, CancellationToken cancellationToken)
    {
        var previous = await versions.PublishedAsync(version.ContentItemId, cancellationToken);
        if (previous is not null && previous.Id != version.Id)
        {
            previous.Published = false;
        }

        // A news item keeps the date it first appeared, even when a correction is published later.
        version.PublishedUtc = publishedUtc ?? previous?.PublishedUtc ?? clock.GetUtcNow().UtcDateTime;
        version.Published = true;
        version.ScheduledPublishUtc = null;
        version.WorkflowState = WorkflowState.Approved;
        version.ReviewComment = null;
        await UpdateRoutesAsync(version, cancellationToken);
        db.ChangeLog.Add(new ChangeLogEntry
        {
            ContentItemId = version.ContentItemId,
            ContentItemVersionId = version.ContentItemVersionId,
            Operation = ChangeOperation.Publish,
            Utc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Add(userName, "Published", version.ContentItemId, $"Phiên bản {version.Number}");
    }

    /// <summary>Takes <paramref name="published"/> off the public site, in the caller's unit of work.</summary>
    internal void Unpublish(ContentItemRecord published, string userName, ChangeOperation operation)
    {
        published.Published = false;
        db.ChangeLog.Add(new ChangeLogEntry
        {
            ContentItemId = published.ContentItemId,
            ContentItemVersionId = published.ContentItemVersionId,
            Operation = operation,
            Utc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Add(userName, operation == ChangeOperation.Delete ? "Deleted" : "Unpublished", published.ContentItemId);
    }

    private async Task UpdateRoutesAsync(ContentItemRecord version, CancellationToken cancellationToken)
    {
        var item = ContentItemMapper.ToItem(version);
        if (item.RoutePath is not { } requested)
        {
            return;
        }

        // Another item may have been published on the same slug since this draft was saved.
        var path = await routes.UniqueAsync(requested, version.ContentItemId, cancellationToken);
        if (path != requested)
        {
            item.Content[Definitions.BuiltInParts.Autoroute] = new System.Text.Json.Nodes.JsonObject { ["Path"] = path };
            version.Data = item.Content.ToJsonString();
        }

        var existing = await db.ContentRoutes.Where(r => r.ContentItemId == version.ContentItemId).ToListAsync(cancellationToken);
        foreach (var route in existing)
        {
            route.IsCanonical = route.Path == path;
        }

        if (existing.All(r => r.Path != path))
        {
            db.ContentRoutes.Add(new ContentRoute { Path = path, ContentItemId = version.ContentItemId, IsCanonical = true });
        }
    }

    /// <summary>
    /// Saves a publication. When another publish or save of the same item committed between our read and this write,
    /// the database refuses the second published version (the one-published-version index) or the route; nothing of
    /// this unit of work is kept and the user is told to reload, rather than shown an error page.
    /// </summary>
    private async Task SaveOrConflictAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            throw new ContentConflictException(
                "Bài viết vừa được người khác xuất bản hoặc lưu phiên bản mới trong lúc bạn thao tác, nên thao tác này chưa được thực hiện. "
                + "Vui lòng tải lại trang để xem trạng thái mới rồi thử lại.", e);
        }
    }

    private DateTime RequireFuture(DateTime utc) =>
        utc > clock.GetUtcNow().UtcDateTime ? utc : throw new ContentException("Thời điểm hẹn giờ phải ở tương lai.");
}
