using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// "Tin nổi bật" chosen by editors: a pin on an item, with an optional end. Several items may be pinned; the home
/// page shows the most recently pinned first. A pin of a published item changes what residents see, so it is logged
/// like a publication (search and the output cache follow the change log) and audited.
/// </summary>
public sealed class ContentPins(CmsDbContext db, ContentAudit audit, TimeProvider clock)
{
    public async Task PinAsync(string contentItemId, DateTime? untilUtc, string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (untilUtc <= now)
        {
            throw new ContentException("Ngày hết ghim phải ở tương lai.");
        }

        await SetAsync(contentItemId, now, untilUtc, cancellationToken);
        audit.Add(userName, "Pinned", contentItemId, untilUtc?.ToString("O"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UnpinAsync(string contentItemId, string userName, CancellationToken cancellationToken = default)
    {
        await SetAsync(contentItemId, null, null, cancellationToken);
        audit.Add(userName, "Unpinned", contentItemId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SetAsync(string contentItemId, DateTime? pinnedUtc, DateTime? untilUtc, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItems.Where(i => i.ContentItemId == contentItemId && i.DeletedUtc == null).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw new ContentException("Không tìm thấy nội dung này.");
        }

        foreach (var version in versions)
        {
            (version.PinnedUtc, version.PinnedUntilUtc) = (pinnedUtc, untilUtc);
        }

        if (versions.FirstOrDefault(v => v.Published) is { } published)
        {
            db.ChangeLog.Add(new ChangeLogEntry
            {
                ContentItemId = contentItemId,
                ContentItemVersionId = published.ContentItemVersionId,
                Operation = ChangeOperation.Publish,
                Utc = clock.GetUtcNow().UtcDateTime,
            });
        }
    }
}
