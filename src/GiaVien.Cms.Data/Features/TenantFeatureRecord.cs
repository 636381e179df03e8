namespace GiaVien.Cms.Data.Features;

/// <summary>
/// One feature's state in a tenant: whether it is on, and the last of its data migrations applied here. A feature
/// with no row has never been enabled.
/// </summary>
public sealed class TenantFeatureRecord
{
    public required string FeatureId { get; set; }

    public bool Enabled { get; set; }

    /// <summary>The version of the feature's last data migration applied to this tenant (0: none).</summary>
    public int MigrationVersion { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public required string ModifiedBy { get; set; }
}
