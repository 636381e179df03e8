namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// A removed tenant's archive (its export, taken before its data was deleted). Importing it restores the
/// tenant; purging deletes the file and this record for good.
/// </summary>
public sealed class TenantArchive
{
    public int Id { get; set; }
    public required string TenantName { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>File name inside the data folder's Archives folder.</summary>
    public required string FileName { get; set; }
    public string? UrlPrefix { get; set; }

    /// <summary>Host names the tenant answered on, space-separated.</summary>
    public string HostNames { get; set; } = "";
    public string? RemovedBy { get; set; }
    public DateTime RemovedUtc { get; set; }
}
