namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// When a tenant's background work is next due, kept in the host database so that a restart (or another node taking
/// over the shared work) does not open every tenant to find out. Written by the node that ran the tenant's work, removed
/// whenever the tenant's work or record changes; trusted only while <see cref="RecordVersion"/> is the record's version.
/// </summary>
public sealed class TenantDueTime
{
    public required string TenantName { get; set; }

    public DateTime NextDueUtc { get; set; }

    /// <summary>The tenant record's <see cref="TenantRecord.Version"/> when the due time was computed.</summary>
    public int RecordVersion { get; set; }
}
