using System.Security.Claims;
using GiaVien.Cms.Web.Security;

namespace GiaVien.Cms.Web.Admin;

/// <summary>The signed-in user as the admin's permission checks need it.</summary>
public static class AdminUser
{
    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static IReadOnlySet<string> Permissions(this ClaimsPrincipal user) =>
        user.FindAll(CmsSecurity.PermissionClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}
