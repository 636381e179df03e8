namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// One published item a member tenant shares with the district ("Tin cơ sở"), as the district's lists show it: a
/// projection of that tenant's own data, kept in the host database so every web node reads the same rows and the
/// district home needs one query, not one per tenant. Rebuildable at any time from the tenants' databases.
/// </summary>
public sealed class SharedSummaryRecord
{
    public required string TenantName { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentType { get; set; }
    public required string Title { get; set; }

    /// <summary>The item's path inside its tenant (<c>tin-tuc/…</c>); the tenant's address is added when it is shown.</summary>
    public string? Path { get; set; }

    public string? Lead { get; set; }
    public string? ImagePath { get; set; }
    public string? ImageAlt { get; set; }

    /// <summary>The site's name as its settings give it when the row was written ("Xã Gia Hòa").</summary>
    public required string SourceName { get; set; }

    public DateTime PublishedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? DisplayDateUtc { get; set; }

    /// <summary>The display date when set, else the publication time: what lists order by, stored so an index serves it.</summary>
    public DateTime SortUtc { get; set; }
}
