namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// In-process notification that what a tenant's public site shows has changed (content published, unpublished
/// or deleted, site settings saved, theme templates saved). Raised after the change is committed, so a listener
/// that drops cached pages never races the transaction. The output cache listens; the settings and template caches
/// kept in a tenant's shell follow it through <see cref="PublicChangeCounter"/>. Other nodes rely on expiry unless
/// their changes are reported here too.
/// </summary>
public sealed class PublicChanges
{
    public event Action<string>? Changed;

    /// <summary>Tells every listener that <paramref name="tenantName"/>'s public pages are out of date.</summary>
    public void Notify(string tenantName) => Changed?.Invoke(tenantName);
}
