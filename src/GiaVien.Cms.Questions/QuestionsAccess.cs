using System.Security.Claims;
using GiaVien.Cms.Users;

namespace GiaVien.Cms.Questions;

/// <summary>Whether the signed-in user holds a permission (the host's permission claims; administrators hold "*").</summary>
public static class QuestionsAccess
{
    // The claim type the host's sign-in writes (CmsSecurity.PermissionClaim in the web project).
    public const string PermissionClaim = "cms:permission";

    public static bool Has(ClaimsPrincipal user, string permission) =>
        user.HasClaim(PermissionClaim, Roles.AllPermissions) || user.HasClaim(PermissionClaim, permission);
}
