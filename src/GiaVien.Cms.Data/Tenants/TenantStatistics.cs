namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// Figures the tenant list shows, refreshed in the background: counting them in 1,000 tenant databases
/// on every page view would not fit in the time a list page has.
/// </summary>
public sealed class TenantStatistics
{
    public required string TenantName { get; set; }
    public int ContentCount { get; set; }
    public long StorageBytes { get; set; }
    public DateTime? LastActivityUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
