using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>Loads the versions of the current tenant's items for the operations that change them (tracked).</summary>
public sealed class ContentVersions(CmsDbContext db)
{
    public Task<ContentItemRecord?> LatestAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.ContentItems.Include(i => i.Terms).SingleOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Latest, cancellationToken);

    public Task<ContentItemRecord?> PublishedAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.ContentItems.SingleOrDefaultAsync(i => i.ContentItemId == contentItemId && i.Published, cancellationToken);

    /// <summary>The latest version of an item that exists and is not in the trash.</summary>
    public async Task<ContentItemRecord> LiveLatestAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(contentItemId, cancellationToken);
        return latest is null || latest.DeletedUtc is not null ? throw new ContentNotFoundException(contentItemId) : latest;
    }

    public async Task<IReadOnlyList<ContentItemRecord>> HistoryAsync(string contentItemId, CancellationToken cancellationToken) =>
        await db.ContentItems.AsNoTracking().Where(i => i.ContentItemId == contentItemId).OrderByDescending(i => i.Number).ToListAsync(cancellationToken);

    public Task<ContentItemRecord?> VersionAsync(string contentItemVersionId, CancellationToken cancellationToken) =>
        db.ContentItems.AsNoTracking().SingleOrDefaultAsync(i => i.ContentItemVersionId == contentItemVersionId, cancellationToken);
}
