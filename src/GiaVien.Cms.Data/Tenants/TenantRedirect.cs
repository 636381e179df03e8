namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// An old path of a retired tenant and where its content lives now. The target is a tenant and a path, not
/// a URL, so the redirect follows the target if its host names or prefix change later.
/// </summary>
public sealed class TenantRedirect
{
    public required string TenantName { get; set; }
    public required string Path { get; set; }
    public required string TargetTenant { get; set; }
    public required string TargetPath { get; set; }
}
