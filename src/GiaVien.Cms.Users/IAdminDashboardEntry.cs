using System.Security.Claims;

namespace GiaVien.Cms.Users;

/// <summary>A line a module adds to the admin's home page (a count and a link), shown to users it returns one for.</summary>
public interface IAdminDashboardEntry
{
    Task<AdminDashboardLine?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <param name="Label">Vietnamese, e.g. "Câu hỏi mới".</param>
/// <param name="Url">Relative to the tenant's path base, e.g. "admin/hoi-dap".</param>
public sealed record AdminDashboardLine(string Label, int Count, string Url);
