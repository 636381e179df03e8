using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Notifications.Reading;

/// <summary>The signed-in user's notifications: the header's unread count, the list by batch, marking read.</summary>
public sealed class MyNotifications(CmsDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public Task<int> UnreadCountAsync(string userName, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserName == userName && n.ReadUtc == null).Select(n => n.Batch).Distinct().CountAsync(cancellationToken);

    public Task<int> CountAsync(string userName, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserName == userName).Select(n => n.Batch).Distinct().CountAsync(cancellationToken);

    /// <summary>Page <paramref name="page"/> (from 1) of the user's notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationGroup>> PageAsync(string userName, int page, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserName == userName);
        var batches = await mine.GroupBy(n => n.Batch)
            .Select(g => new { Batch = g.Key, Newest = g.Max(n => n.CreatedUtc), Last = g.Max(n => n.Id), Count = g.Count() })
            .OrderByDescending(g => g.Newest).ThenByDescending(g => g.Last)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var keys = batches.Select(b => b.Batch).ToList();
        var rows = (await mine.Where(n => keys.Contains(n.Batch)).OrderBy(n => n.Id).ToListAsync(cancellationToken)).ToLookup(n => n.Batch);
        return batches.Select(b => NotificationGroup.Of(rows[b.Batch].ToList(), b.Count)).ToList();
    }

    /// <summary>Marks one of the user's notifications read; another user's batch matches nothing.</summary>
    public Task<int> MarkReadAsync(string userName, string batch, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserName == userName && n.Batch == batch && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<int> MarkAllReadAsync(string userName, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserName == userName && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
