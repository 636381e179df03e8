using System.Security.Claims;

namespace GiaVien.Cms.Users;

/// <summary>The permissions the sign-in wrote into the user's claims, for modules that check them item by item.</summary>
public static class UserPermissions
{
    public const string ClaimType = "cms:permission";

    public static IReadOnlySet<string> Of(ClaimsPrincipal user) =>
        user.FindAll(ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}
