using System.Security.Claims;
using GiaVien.Cms.Users;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>"Trang thành viên (đơn vị)" in the admin's menu: on the district site only, for those who manage tenants.</summary>
public sealed class TenantsMenuEntry(ShellScope scope) : IAdminMenuEntry
{
    private static readonly PermissionMenuEntry Link = new(new("Trang thành viên (đơn vị)", "admin/tenants", 30), Roles.ManageTenants);

    public Task<AdminMenuLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        scope.Shell.Tenant.IsDefault ? Link.GetAsync(user, cancellationToken) : Task.FromResult<AdminMenuLink?>(null);
}
