using System.Security.Claims;
using GiaVien.Cms.Data.Users;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// The claims of a signed-in user: identity, the tenant that vouches for it, the security stamp it was issued with,
/// roles and their permissions.
/// </summary>
public static class UserClaims
{
    public static ClaimsPrincipal Principal(UserRecord user, string tenant, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(CmsSecurity.TenantClaim, tenant),
            new(CmsSecurity.SecurityStampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.Name)));
        claims.AddRange(user.Roles.SelectMany(r => r.Permissions).Distinct().Select(p => new Claim(CmsSecurity.PermissionClaim, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
