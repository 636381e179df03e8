namespace GiaVien.Cms.Data.Auditing;

/// <summary>Who did what, when, to which item: the tenant's activity log (Nhật ký hoạt động).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public string? ContentItemId { get; set; }
    public string? Details { get; set; }
}
