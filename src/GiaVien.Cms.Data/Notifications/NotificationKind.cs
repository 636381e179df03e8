namespace GiaVien.Cms.Data.Notifications;

/// <summary>The workflow events an editor is told about.</summary>
public enum NotificationKind
{
    /// <summary>An item was sent for review: told to those who may publish its type.</summary>
    Submitted,

    /// <summary>A reviewer returned the item with a note: told to its author.</summary>
    Returned,

    /// <summary>The item went public (by a person or a schedule firing): told to its author.</summary>
    Published,
}
