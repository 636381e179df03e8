using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>What the indexer reads from a tenant's database: the change log, published items and category names.</summary>
public sealed class NewsSource(CmsDbContext db)
{
    public async Task<long> MaxSequenceAsync(CancellationToken cancellationToken) =>
        await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;

    /// <summary>Entries after the cursor (and in its holes), in order.</summary>
    public Task<List<ChangeLogEntry>> ChangesAsync(ChangeCursor cursor, int take, CancellationToken cancellationToken)
    {
        var applied = cursor.Applied;
        var holes = cursor.Holes.ToList();
        var query = holes.Count == 0
            ? db.ChangeLog.Where(e => e.Sequence > applied)
            : db.ChangeLog.Where(e => e.Sequence > applied || holes.Contains(e.Sequence));
        return query.AsNoTracking().OrderBy(e => e.Sequence).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>The published version of each of these items (items not published now are absent).</summary>
    public async Task<List<ContentItem>> PublishedAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(i => i.Published && contentItemIds.Contains(i.ContentItemId))
            .ToListAsync(cancellationToken);
        return records.Select(ContentItemMapper.ToItem).ToList();
    }

    public Task<int> CountPublishedAsync(CancellationToken cancellationToken) =>
        db.ContentItems.CountAsync(i => i.Published, cancellationToken);

    /// <summary>A page of published items after row <paramref name="afterId"/>, for rebuilding; the last row id is returned for the next page.</summary>
    public async Task<(List<ContentItem> Items, long LastId)> PublishedPageAsync(long afterId, int take, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(i => i.Published && i.Id > afterId)
            .OrderBy(i => i.Id).Take(take)
            .ToListAsync(cancellationToken);
        return (records.Select(ContentItemMapper.ToItem).ToList(), records.Count == 0 ? afterId : records[^1].Id);
    }

    /// <summary>Term id → title of every taxonomy term of the tenant ("kinh-te" → "Kinh tế").</summary>
    public async Task<IReadOnlyDictionary<string, string>> CategoryTitlesAsync(CancellationToken cancellationToken)
    {
        var documents = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == "Taxonomy" && i.Latest)
            .Select(i => i.Data).ToListAsync(cancellationToken);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => JsonNode.Parse(d)?["TaxonomyPart"]?["Terms"] as JsonArray ?? []))
        {
            if (term?["ContentItemId"]?.GetValue<string>() is { } id && term["Title"]?.GetValue<string>() is { } title)
            {
                titles[id] = title;
            }
        }

        return titles;
    }
}
