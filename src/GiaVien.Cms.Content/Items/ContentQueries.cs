using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Read-side queries of the current tenant's published content. The rows found are kept in <paramref name="cache"/>
/// until the tenant's next public change, and each call makes items of its own from them (an item's JSON may be changed
/// by whoever receives it).
/// </summary>
public sealed class ContentQueries(TenantDb tenantDb, PublicReadCache? cache = null)
{
    private CmsDbContext Db => tenantDb.Context;

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
        var records = await cache.ReadThroughAsync(tenantDb, PublicReadCache.Key(withTranslations ? "items.published+translations" : "items.published", contentType, skip, take), async () => (IReadOnlyList<ContentItemRecord>)await Db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == contentType && i.Published && i.DeletedUtc == null && (withTranslations || i.TranslationOf == null))
            .NewestFirst()
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken), ReadCacheBytes.Of);
        return records.Select(ContentItemMapper.ToItem).ToList();
    }

    /// <summary>The published items among <paramref name="ids"/> (drafts and deleted items are left out), in no particular order.</summary>
    public async Task<IReadOnlyList<ContentItem>> PublishedByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var records = await cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("items.among", string.Join(',', ids)), async () => (IReadOnlyList<ContentItemRecord>)await Db.ContentItems.AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId) && i.Published && i.DeletedUtc == null)
            .ToListAsync(cancellationToken), ReadCacheBytes.Of);
        return records.Select(ContentItemMapper.ToItem).ToList();
    }

    /// <summary>
    /// The published item at <paramref name="path"/>; when the path is a former one, the item is returned
    /// with its current path so the caller can redirect.
    /// </summary>
    public async Task<RouteMatch?> FindByPathAsync(string path, CancellationToken cancellationToken = default)
    {
        if (await cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("items.path", path), () => ReadRouteAsync(path, cancellationToken), found => ReadCacheBytes.Of(found!.Record)) is not { } found)
        {
            return null;
        }

        var item = ContentItemMapper.ToItem(found.Record);
        return new RouteMatch(item, found.IsCanonical ? null : item.RoutePath);
    }

    /// <summary>The published row at <paramref name="path"/> in one query (route and item joined), or null.</summary>
    private async Task<FoundRoute?> ReadRouteAsync(string path, CancellationToken cancellationToken) =>
        await (from route in Db.ContentRoutes.AsNoTracking()
               join item in Db.ContentItems.AsNoTracking() on route.ContentItemId equals item.ContentItemId
               where route.Path == path && item.Published
               select new FoundRoute(item, route.IsCanonical))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record FoundRoute(ContentItemRecord Record, bool IsCanonical);
}

/// <summary>An item found by path; <see cref="RedirectTo"/> is its current path when the requested one is former.</summary>
public sealed record RouteMatch(ContentItem Item, string? RedirectTo);
