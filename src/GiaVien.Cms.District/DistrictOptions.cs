namespace GiaVien.Cms.District;

/// <summary>Settings of the district's cross-tenant views (<c>Cms:District</c>).</summary>
public sealed class DistrictOptions
{
    /// <summary>
    /// How long after a start the shared-news read model is checked against every member tenant (changes made while
    /// no node was running, or lost in a crash). Later than the first pages, so a restart serves them first.
    /// </summary>
    public TimeSpan CatchUpDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a district page waits for member changes already reported to reach the read model.</summary>
    public TimeSpan PendingWait { get; set; } = TimeSpan.FromSeconds(3);
}
