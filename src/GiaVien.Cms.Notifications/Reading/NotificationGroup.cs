using GiaVien.Cms.Data.Notifications;

namespace GiaVien.Cms.Notifications.Reading;

/// <summary>An item a notification names: its title and its id, for the editor's link.</summary>
public sealed record NotifiedItem(string ContentItemId, string Title);

/// <summary>One notification as the user sees it: a batch of one or more items of the same event.</summary>
public sealed record NotificationGroup(
    string Batch,
    NotificationKind Kind,
    string Actor,
    string? Note,
    DateTime CreatedUtc,
    bool Unread,
    int ItemCount,
    IReadOnlyList<NotifiedItem> Items)
{
    /// <summary>How many items of one batch are named; the rest are counted.</summary>
    public const int ItemsNamed = 5;

    /// <summary>The notification made of one batch's rows (oldest first), of <paramref name="itemCount"/> items in all.</summary>
    public static NotificationGroup Of(IReadOnlyList<NotificationRecord> rows, int itemCount)
    {
        var first = rows[0];
        return new NotificationGroup(first.Batch, first.Kind, first.Actor, first.Note, rows.Max(n => n.CreatedUtc), rows.Any(n => n.ReadUtc is null), itemCount,
            rows.Take(ItemsNamed).Select(n => new NotifiedItem(n.ContentItemId, n.Title)).ToList());
    }
}
