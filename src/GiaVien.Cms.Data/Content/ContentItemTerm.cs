namespace GiaVien.Cms.Data.Content;

/// <summary>A taxonomy term (category) a version is filed under, so lists can filter by category in SQL.</summary>
public sealed class ContentItemTerm
{
    public long ContentItemRecordId { get; set; }
    public required string TermContentItemId { get; set; }
}
