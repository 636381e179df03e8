using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Users;

/// <summary>How a module puts its pages in the admin's menu, and how the admin shell reads the menu.</summary>
public static class AdminMenuServiceCollectionExtensions
{
    /// <summary>A fixed link shown to users holding <paramref name="permission"/> (every signed-in user when null).</summary>
    public static IServiceCollection AddAdminMenuLink(this IServiceCollection services, AdminMenuLink link, string? permission = null) =>
        services.AddSingleton<IAdminMenuEntry>(new PermissionMenuEntry(link, permission));

    /// <summary>The links <paramref name="user"/> is shown, in menu order (modules registered first win a tie).</summary>
    public static async Task<IReadOnlyList<AdminMenuLink>> LinksForAsync(this IEnumerable<IAdminMenuEntry> entries, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var links = new List<AdminMenuLink>();
        foreach (var entry in entries)
        {
            if (await entry.GetAsync(user, cancellationToken) is { } link)
            {
                links.Add(link);
            }
        }

        return links.OrderBy(link => link.Order).ToList();
    }
}
