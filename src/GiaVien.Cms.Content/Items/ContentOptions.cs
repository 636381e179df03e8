namespace GiaVien.Cms.Content.Items;

/// <summary>Bound from <c>Cms:Content</c>.</summary>
public sealed class ContentOptions
{
    /// <summary>How long a deleted item stays in the trash before it is purged.</summary>
    public TimeSpan TrashRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long audit-trail entries are kept (three years by default).</summary>
    public TimeSpan AuditRetention { get; set; } = TimeSpan.FromDays(3 * 365 + 1);
}
