using System.Security.Claims;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Users;

namespace GiaVien.Cms.Questions;

/// <summary>Whether the signed-in user holds a permission (the sign-in's permission claims; administrators hold "*").</summary>
public static class QuestionsAccess
{
    public static bool Has(ClaimsPrincipal user, string permission) =>
        user.HasClaim(AdminUser.PermissionClaim, Roles.AllPermissions) || user.HasClaim(AdminUser.PermissionClaim, permission);
}
