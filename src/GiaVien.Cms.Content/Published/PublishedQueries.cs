using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Published;

/// <summary>
/// Read-side lists of the current tenant's published content for the public site and its feeds. Lists read
/// only the columns they show and the JSON through <see cref="SummaryReader"/>. (Not EF compiled queries: a compiled
/// query is bound to the first model it meets, and one process may serve SQLite and PostgreSQL tenants.) Answers are
/// kept in <paramref name="cache"/> until the tenant's next public change (<see cref="PinnedAsync"/>'s with each pin's
/// end, since pins end with time); without one, as for another tenant's database, every call reads.
/// </summary>
public sealed class PublishedQueries(TenantDb tenantDb, ContentSummaryFields summaries, PublicReadCache? cache = null)
{
    private CmsDbContext Db => tenantDb.Context;

    public const string CategoryTaxonomy = "chuyen-muc";

    /// <summary>The newest published items of <paramref name="contentType"/>, optionally in one category.</summary>
    public Task<IReadOnlyList<ContentSummary>> LatestAsync(string contentType, int skip, int take, string? termId = null, CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.latest", contentType, skip, take, termId), () => ReadLatestAsync(contentType, skip, take, termId, cancellationToken), ReadCacheBytes.Of);

    private async Task<IReadOnlyList<ContentSummary>> ReadLatestAsync(string contentType, int skip, int take, string? termId, CancellationToken cancellationToken)
    {
        var query = Rows(Db, contentType);
        if (termId is not null)
        {
            query = query.Where(i => i.Terms.Any(t => t.TermContentItemId == termId));
        }

        return await Summaries(query, skip, take, cancellationToken);
    }

    /// <summary>Pinned items read beyond those shown, so pins that end before the next public change still leave a full list.</summary>
    private const int PinnedReserve = 12;

    /// <summary>
    /// Items editors pinned to "Tin nổi bật" whose pin has not ended at <paramref name="nowUtc"/>, most recently pinned
    /// first. Kept until the tenant's next public change (a pin or an unpin is one) together with each pin's end, so a
    /// pin that ends meanwhile leaves the list on time; only when more pins ended than were read beyond
    /// <paramref name="take"/> is the list read again.
    /// </summary>
    public async Task<IReadOnlyList<ContentSummary>> PinnedAsync(string contentType, DateTime nowUtc, int take, CancellationToken cancellationToken = default)
    {
        var read = take + PinnedReserve;
        var pins = await cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.pinned", contentType, read),
            async () => (IReadOnlyList<PinnedSummary>)await ReadPinnedAsync(contentType, nowUtc, read, cancellationToken), ReadCacheBytes.Of);
        var current = pins.Where(p => p.UntilUtc is null || p.UntilUtc > nowUtc).Take(take).Select(p => p.Summary).ToList();
        return current.Count == take || pins.Count < read ? current
            : (await ReadPinnedAsync(contentType, nowUtc, take, cancellationToken)).ConvertAll(p => p.Summary);
    }

    private Task<List<PinnedSummary>> ReadPinnedAsync(string contentType, DateTime nowUtc, int take, CancellationToken cancellationToken) =>
        ReadWithPinEndsAsync(Rows(Db, contentType)
            .Where(i => i.PinnedUtc != null && (i.PinnedUntilUtc == null || i.PinnedUntilUtc > nowUtc))
            .OrderByDescending(i => i.PinnedUtc).ThenByDescending(i => i.Id).Take(take), cancellationToken);

    /// <summary>The published items of <paramref name="contentType"/> among <paramref name="ids"/>, in no particular order (the caller has its own).</summary>
    public async Task<IReadOnlyList<ContentSummary>> AmongAsync(string contentType, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? [] : await cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.among", contentType, string.Join(',', ids)),
            async () => (IReadOnlyList<ContentSummary>)await ReadAsync(Rows(Db, contentType).Where(i => ids.Contains(i.ContentItemId)), cancellationToken), ReadCacheBytes.Of);

    public Task<int> CountAsync(string contentType, string? termId = null, CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.count", contentType, termId), () => termId is null
            ? Rows(Db, contentType).CountAsync(cancellationToken)
            : Rows(Db, contentType).CountAsync(i => i.Terms.Any(t => t.TermContentItemId == termId), cancellationToken), _ => 32);

    /// <summary>
    /// "Bài viết khác": items sharing a category with the current one first, then the newest others; newest first
    /// within each group; never the current item.
    /// </summary>
    public Task<IReadOnlyList<ContentSummary>> OthersAsync(string contentType, string excludeId, IReadOnlyList<string> termIds, int take, CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.others", contentType, excludeId, string.Join(',', termIds), take), () => ReadOthersAsync(contentType, excludeId, termIds, take, cancellationToken), ReadCacheBytes.Of);

    private async Task<IReadOnlyList<ContentSummary>> ReadOthersAsync(string contentType, string excludeId, IReadOnlyList<string> termIds, int take, CancellationToken cancellationToken)
    {
        var sameCategory = termIds.Count == 0 ? [] : await Summaries(Rows(Db, contentType)
            .Where(i => i.ContentItemId != excludeId && i.Terms.Any(t => termIds.Contains(t.TermContentItemId))), 0, take, cancellationToken);
        if (sameCategory.Count >= take)
        {
            return sameCategory;
        }

        var seen = sameCategory.Select(s => s.ContentItemId).Append(excludeId).ToList();
        var others = await Summaries(Rows(Db, contentType).Where(i => !seen.Contains(i.ContentItemId)), 0, take - sameCategory.Count, cancellationToken);
        return [.. sameCategory, .. others];
    }

    /// <summary>The terms of the "Chuyên mục" taxonomy, in the editors' order, each with a URL slug unique in the list.</summary>
    public Task<IReadOnlyList<CategoryTerm>> CategoriesAsync(CancellationToken cancellationToken = default) => TermsAsync(CategoryTaxonomy, cancellationToken);

    /// <summary>The terms of the taxonomy <paramref name="taxonomyId"/> (kinds of document…), in the editors' order, each with a URL slug unique in the list.</summary>
    public Task<IReadOnlyList<CategoryTerm>> TermsAsync(string taxonomyId, CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.terms", taxonomyId), () => ReadTermsAsync(taxonomyId, cancellationToken), ReadCacheBytes.Of);

    private async Task<IReadOnlyList<CategoryTerm>> ReadTermsAsync(string taxonomyId, CancellationToken cancellationToken)
    {
        var data = await Db.ContentItems.AsNoTracking()
            .Where(i => i.ContentItemId == taxonomyId && i.Published && i.DeletedUtc == null)
            .Select(i => i.Data).FirstOrDefaultAsync(cancellationToken);
        if (data is null || JsonNode.Parse(data)?["TaxonomyPart"]?["Terms"] is not JsonArray terms)
        {
            return [];
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<CategoryTerm>();
        foreach (var term in terms.OfType<JsonObject>())
        {
            if (term["ContentItemId"]?.GetValue<string>() is not { Length: > 0 } id || term["Title"]?.GetValue<string>() is not { Length: > 0 } title)
            {
                continue;
            }

            var slug = VietnameseText.Slugify(title) is { Length: > 0 } s ? s : id.ToLowerInvariant();
            for (var n = 2; !slugs.Add(slug); n++)
            {
                slug = $"{VietnameseText.Slugify(title)}-{n}";
            }

            list.Add(new CategoryTerm(id, title, slug));
        }

        return list;
    }

    /// <summary>Every published item with a public path, newest change first (for sitemap.xml and the HTML sitemap).</summary>
    public Task<IReadOnlyList<PublishedEntry>> EntriesAsync(CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("published.entries"), async () => (IReadOnlyList<PublishedEntry>)await (from item in Db.ContentItems.AsNoTracking()
               join route in Db.ContentRoutes.AsNoTracking() on item.ContentItemId equals route.ContentItemId
               where item.Published && item.DeletedUtc == null && route.IsCanonical
               orderby item.ModifiedUtc descending
               select new PublishedEntry(route.Path, item.ContentType, item.DisplayText, item.ModifiedUtc))
            .ToListAsync(cancellationToken), ReadCacheBytes.Of);

    // Lists show the originals: a translation is reached from its original's language switch, not listed beside it.
    private static IQueryable<ContentItemRecord> Rows(CmsDbContext db, string type) =>
        db.ContentItems.AsNoTracking().Where(i => i.ContentType == type && i.Published && i.DeletedUtc == null && i.TranslationOf == null);

    /// <summary>Newest first (<see cref="NewsOrder"/>); only the columns a list shows, the JSON read without its body.</summary>
    private Task<List<ContentSummary>> Summaries(IQueryable<ContentItemRecord> query, int skip, int take, CancellationToken cancellationToken) =>
        ReadAsync(query.NewestFirst().Skip(skip).Take(take), cancellationToken);

    private async Task<List<ContentSummary>> ReadAsync(IQueryable<ContentItemRecord> page, CancellationToken cancellationToken) =>
        (await ReadWithPinEndsAsync(page, cancellationToken)).ConvertAll(p => p.Summary);

    // Every list reads the pin's end too (one nullable column), so the lists and "Tin nổi bật" share one projection.
    private async Task<List<PinnedSummary>> ReadWithPinEndsAsync(IQueryable<ContentItemRecord> page, CancellationToken cancellationToken)
    {
        var rows = await page
            .Select(i => new { Row = new SummaryRow(i.ContentItemId, i.ContentType, i.DisplayText, i.PublishedUtc, i.CreatedUtc, i.ModifiedUtc, i.Data), i.PinnedUntilUtc })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new PinnedSummary(SummaryReader.Read(r.Row, summaries), r.PinnedUntilUtc));
    }
}
