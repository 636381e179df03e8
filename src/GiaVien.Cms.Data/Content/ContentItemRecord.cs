namespace GiaVien.Cms.Data.Content;

/// <summary>
/// One version of a content item. Every save adds a row; at most one row per item is
/// <see cref="Published"/> and exactly one is <see cref="Latest"/>. Parts and fields live in
/// <see cref="Data"/> as JSON (the Orchard Core document shape); the other columns exist to be queried.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentItemVersionId { get; set; }
    public required string ContentType { get; set; }
    public required string DisplayText { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
    public string? Owner { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public required string Data { get; set; }
}
