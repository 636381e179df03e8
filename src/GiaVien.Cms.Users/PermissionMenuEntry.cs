using System.Security.Claims;
using GiaVien.Cms.Admin;

namespace GiaVien.Cms.Users;

/// <summary>
/// A module's fixed link in the admin's menu, for users holding <paramref name="permission"/> (or every permission);
/// with no permission, for every signed-in user. Registered with <see cref="AdminMenuServiceCollectionExtensions.AddAdminMenuLink"/>.
/// </summary>
public sealed class PermissionMenuEntry(AdminMenuLink link, string? permission) : IAdminMenuEntry
{
    public Task<AdminMenuLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var permissions = user.Permissions();
        var shown = user.Identity?.IsAuthenticated == true
            && (permission is null || permissions.Contains(permission) || permissions.Contains(Roles.AllPermissions));
        return Task.FromResult(shown ? link : null);
    }
}
