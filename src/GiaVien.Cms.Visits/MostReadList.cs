using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Visits;

/// <summary>
/// "Đọc nhiều": the published items of a type read most over the last week, then, while the counts do not fill the
/// list (a new site, a quiet week), the newest items not already in it. Nothing while the tenant's counter is off: a
/// "most read" list that is only the newest would mislead, and the block is then left out of the page.
/// </summary>
public sealed class MostReadList(VisitStatistics statistics, PublishedQueries published)
{
    // Ids are read beyond the count: some of the most read may be of another type, unpublished or the current item.
    private const int Spare = 3;

    public async Task<IReadOnlyList<ContentSummary>> ListAsync(string contentType, int count, string? excludeId, CancellationToken cancellationToken)
    {
        if (!await statistics.CountingAsync(cancellationToken))
        {
            return [];
        }

        var ids = await statistics.MostReadAsync((count + 1) * Spare, cancellationToken);
        var found = (await published.AmongAsync(contentType, ids, cancellationToken)).ToDictionary(s => s.ContentItemId, StringComparer.Ordinal);
        var list = ids.Where(id => id != excludeId && found.ContainsKey(id)).Select(id => found[id]).Take(count).ToList();
        if (list.Count < count)
        {
            var listed = list.Select(s => s.ContentItemId).ToHashSet(StringComparer.Ordinal);
            if (excludeId is not null)
            {
                listed.Add(excludeId);
            }

            var newest = await published.LatestAsync(contentType, 0, count + listed.Count, cancellationToken: cancellationToken);
            list.AddRange(newest.Where(s => !listed.Contains(s.ContentItemId)).Take(count - list.Count));
        }

        return list;
    }
}
