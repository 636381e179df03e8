using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Lists;

/// <summary>
/// What the admin content list is filtered by (type, status, category, owner, words of the title). The list and the
/// dashboard's counts read the same filter, so a count on the dashboard is the total of the list it links to.
/// </summary>
public sealed record ContentListFilter(string? Type = null, ContentStatus? Status = null, string? Category = null, string? Author = null, string? Q = null)
{
    /// <summary>The latest versions of the listable types' items that match, in no order.</summary>
    public IQueryable<ContentItemRecord> Apply(CmsDbContext db, IReadOnlyCollection<string> listableTypes)
    {
        // "Latest = @p", not the bare column EF writes for "i.Latest": SQLite seeks an index on a boolean column only
        // for a comparison, and would otherwise pick the ContentType index and sort every row.
        var query = db.ContentItems.AsNoTracking().Where(i => i.Latest == EF.Parameter(true) && listableTypes.Contains(i.ContentType));
        query = Status == ContentStatus.Trash ? query.Where(i => i.DeletedUtc != null) : query.Where(i => i.DeletedUtc == null);
        query = Status switch
        {
            ContentStatus.Published => query.Where(i => db.ContentItems.Any(p => p.ContentItemId == i.ContentItemId && p.Published)),
            ContentStatus.Scheduled => query.Where(i => i.ScheduledPublishUtc != null),
            ContentStatus.AwaitingReview => query.Where(i => i.WorkflowState == WorkflowState.AwaitingReview),
            ContentStatus.Returned => query.Where(i => i.WorkflowState == WorkflowState.Returned),
            ContentStatus.Draft => query.Where(i => i.ScheduledPublishUtc == null && (i.WorkflowState == WorkflowState.Draft || i.WorkflowState == WorkflowState.Approved)
                && !db.ContentItems.Any(p => p.ContentItemId == i.ContentItemId && p.Published)),
            _ => query,
        };
        if (!string.IsNullOrEmpty(Type))
        {
            query = query.Where(i => i.ContentType == Type);
        }

        if (!string.IsNullOrEmpty(Category))
        {
            query = query.Where(i => i.Terms.Any(t => t.TermContentItemId == Category));
        }

        if (!string.IsNullOrWhiteSpace(Author))
        {
            var owner = Author.Trim();
            query = query.Where(i => i.Owner == owner);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + TextNormalizer.Nfc(Q.Trim()).ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(i => EF.Functions.Like(i.DisplayText.ToLower(), pattern, "\\"));
        }

        return query;
    }

    /// <summary>
    /// Counts matches up to <paramref name="limit"/>: an exact count of a 100,000-item tenant would read every row on
    /// each visit. <c>More</c> tells that more items match than were counted.
    /// </summary>
    public static async Task<(int Total, bool More)> CountAsync(IQueryable<ContentItemRecord> matching, int limit, CancellationToken cancellationToken)
    {
        var counted = await matching.Take(limit + 1).CountAsync(cancellationToken);
        return (Math.Min(counted, limit), counted > limit);
    }
}
