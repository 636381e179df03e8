using System.Security.Claims;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Data.Users;

namespace GiaVien.Cms.Users;

/// <summary>
/// The claims of a signed-in user: identity, the tenant that vouches for it, the security stamp it was issued with,
/// roles and their permissions.
/// </summary>
public static class UserClaims
{
    public const string TenantClaim = "cms:tenant";

    /// <summary>The user's security stamp when the cookie was issued (the host's session validation compares it).</summary>
    public const string SecurityStampClaim = "cms:stamp";

    public static ClaimsPrincipal Principal(UserRecord user, string tenant, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(TenantClaim, tenant),
            new(SecurityStampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.Name)));
        claims.AddRange(user.Roles.SelectMany(r => r.Permissions).Distinct().Select(p => new Claim(AdminUser.PermissionClaim, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
