using System.Security.Claims;

namespace GiaVien.Cms.Users;

/// <summary>
/// A link a module adds to the admin's menu, for users it returns one for (a module whose feature is off for the tenant,
/// or whose pages the user may not open, returns none).
/// </summary>
public interface IAdminMenuEntry
{
    Task<AdminMenuLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <param name="Label">Vietnamese, e.g. "Lịch công tác".</param>
/// <param name="Url">Relative to the tenant's path base, e.g. "admin/lich-cong-tac".</param>
/// <param name="Order">
/// Where the link sits among the modules' links, lowest first (the shell's own links come before them all); a link that
/// does not say comes last.
/// </param>
public sealed record AdminMenuLink(string Label, string Url, int Order = 1000);
