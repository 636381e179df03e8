namespace GiaVien.Cms.Data.Content;

/// <summary>
/// Append-only log of what happened to published content, written in the same transaction as the
/// change itself. Search indexing and cache invalidation tail it by <see cref="Sequence"/>.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Sequence { get; set; }
    public required string ContentItemId { get; set; }
    public string? ContentItemVersionId { get; set; }
    public required ChangeOperation Operation { get; set; }
    public DateTime Utc { get; set; }
}

public enum ChangeOperation
{
    Publish = 0,
    Unpublish = 1,
    Delete = 2,
}
