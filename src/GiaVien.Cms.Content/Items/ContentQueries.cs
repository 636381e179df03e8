using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>Read-side queries of the current tenant's published content.</summary>
public sealed class ContentQueries(CmsDbContext db)
{
    public Task<IReadOnlyList<ContentItem>> LatestPublishedAsync(string contentType, int count, CancellationToken cancellationToken = default) =>
        PublishedAsync(contentType, 0, count, cancellationToken);

    /// <summary>
    /// Whole published items of <paramref name="contentType"/>, newest first, for pages that show any of their fields:
    /// the originals only (a translation is reached from its original's language switch).
    /// </summary>
    public Task<IReadOnlyList<ContentItem>> PublishedAsync(string contentType, int skip, int take, CancellationToken cancellationToken = default) =>
        PublishedAsync(contentType, skip, take, withTranslations: false, cancellationToken);

    /// <summary>As <see cref="PublishedAsync(string, int, int, CancellationToken)"/> with the translations, for a page that picks each item's language itself.</summary>
    public Task<IReadOnlyList<ContentItem>> PublishedWithTranslationsAsync(string contentType, int skip, int take, CancellationToken cancellationToken = default) =>
        PublishedAsync(contentType, skip, take, withTranslations: true, cancellationToken);

    private async Task<IReadOnlyList<ContentItem>> PublishedAsync(string contentType, int skip, int take, bool withTranslations, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == contentType && i.Published && i.DeletedUtc == null && (withTranslations || i.TranslationOf == null))
            .NewestFirst()
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return records.Select(ContentItemMapper.ToItem).ToList();
    }

    /// <summary>The published items among <paramref name="ids"/> (drafts and deleted items are left out), in no particular order.</summary>
    public async Task<IReadOnlyList<ContentItem>> PublishedByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var records = await db.ContentItems.AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId) && i.Published && i.DeletedUtc == null)
            .ToListAsync(cancellationToken);
        return records.Select(ContentItemMapper.ToItem).ToList();
    }

    /// <summary>
    /// The published item at <paramref name="path"/>; when the path is a former one, the item is returned
    /// with its current path so the caller can redirect.
    /// </summary>
    public async Task<RouteMatch?> FindByPathAsync(string path, CancellationToken cancellationToken = default)
    {
        var route = await db.ContentRoutes.AsNoTracking().SingleOrDefaultAsync(r => r.Path == path, cancellationToken);
        if (route is null)
        {
            return null;
        }

        var record = await db.ContentItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.ContentItemId == route.ContentItemId && i.Published, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var item = ContentItemMapper.ToItem(record);
        return new RouteMatch(item, route.IsCanonical ? null : item.RoutePath);
    }
}

/// <summary>An item found by path; <see cref="RedirectTo"/> is its current path when the requested one is former.</summary>
public sealed record RouteMatch(ContentItem Item, string? RedirectTo);
