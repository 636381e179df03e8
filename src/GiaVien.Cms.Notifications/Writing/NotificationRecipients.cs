using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Notifications.Writing;

/// <summary>An enabled user of the tenant, with what the notifications need to know about them.</summary>
public sealed record NotifiedUser(string UserName, IReadOnlySet<string> Permissions, bool WantsMail);

/// <summary>
/// Who hears of an event: a submission goes to everyone who may publish the item's type (the people who will review
/// it), a return or a publication to the item's owner. Never the one who acted.
/// </summary>
public static class NotificationRecipients
{
    public static async Task<IReadOnlyList<NotifiedUser>> LoadUsersAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Include(u => u.Roles).Where(u => u.IsEnabled).ToListAsync(cancellationToken);
        return users.Select(u => new NotifiedUser(
                u.UserName,
                u.Roles.SelectMany(r => r.Permissions).ToHashSet(StringComparer.Ordinal),
                u.NotifyByEmail && !string.IsNullOrWhiteSpace(u.Email)))
            .ToList();
    }

    public static IEnumerable<NotifiedUser> Of(NotificationKind kind, string contentType, string? owner, string actor, IReadOnlyList<NotifiedUser> users)
    {
        var others = users.Where(u => !string.Equals(u.UserName, actor, StringComparison.OrdinalIgnoreCase));
        return kind == NotificationKind.Submitted
            ? others.Where(u => ContentPermissions.Can(u.Permissions, u.UserName, ContentAction.Publish, owner: null, reviewRequired: true, contentType: contentType))
            : others.Where(u => string.Equals(u.UserName, owner, StringComparison.OrdinalIgnoreCase));
    }
}
