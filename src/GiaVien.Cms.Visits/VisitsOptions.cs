namespace GiaVien.Cms.Visits;

/// <summary><c>Cms:Visits</c>.</summary>
public sealed class VisitsOptions
{
    /// <summary>How often each node adds the views it counted to the tenants' databases (and once more when it stops).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMinutes(1);
}
