namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// Marks a member tenant whose rows of the shared-news read model (<see cref="SharedSummaryRecord"/>) were read from its
/// own database, with no change to it heard since: the district's check after a start skips it instead of opening it.
/// Written with the rows, removed when a change to the tenant is heard (on any node, or by a command-line tool), and
/// trusted only while <see cref="RecordVersion"/> is the record's version; it goes with the record when the tenant is
/// removed.
/// </summary>
public sealed class SharedNewsCheck
{
    public required string TenantName { get; set; }

    /// <summary>The tenant record's <see cref="TenantRecord.Version"/> when its rows were read.</summary>
    public int RecordVersion { get; set; }
}
