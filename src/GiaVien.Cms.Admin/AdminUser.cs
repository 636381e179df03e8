using System.Security.Claims;

namespace GiaVien.Cms.Admin;

/// <summary>The signed-in user as the admin's permission checks need it.</summary>
public static class AdminUser
{
    /// <summary>The claim type of each permission the host's sign-in writes, one claim per permission of the user's roles.</summary>
    public const string PermissionClaim = "cms:permission";

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static IReadOnlySet<string> Permissions(this ClaimsPrincipal user) =>
        user.FindAll(PermissionClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}
