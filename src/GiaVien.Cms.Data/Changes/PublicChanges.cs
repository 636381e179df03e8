namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// In-process notification that what a tenant's public site shows has changed (content published, unpublished
/// or deleted, site settings saved, theme templates saved). Raised after the change is committed, so a listener
/// that drops cached pages never races the transaction. The output cache listens; other nodes rely on its expiry.
/// </summary>
public sealed class PublicChanges
{
    public event Action<string>? Changed;

    /// <summary>Tells every listener that <paramref name="tenantName"/>'s public pages are out of date.</summary>
    public void Notify(string tenantName) => Changed?.Invoke(tenantName);
}
