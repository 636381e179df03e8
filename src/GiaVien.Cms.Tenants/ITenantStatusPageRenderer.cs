namespace GiaVien.Cms.Tenants;

/// <summary>
/// Renders the page a tenant shows when it cannot serve content (503: disabled or being set up) in the site's theme.
/// Optional: without one, or when it fails, the self-contained <see cref="TenantStatusPages"/> are shown.
/// </summary>
public interface ITenantStatusPageRenderer
{
    Task<string> RenderAsync(string siteName, string basePath, string title, string message);
}
