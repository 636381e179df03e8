using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Themes.Admin;

public static class ThemesAdminServiceCollectionExtensions
{
    /// <summary>"Giao diện" (<c>/admin/theme…</c>, <c>/admin/menu</c>): its pages come with the project, its menu link from here.</summary>
    public static IServiceCollection AddThemesAdmin(this IServiceCollection services) =>
        services.AddAdminMenuLink(new("Giao diện", "admin/theme", 80), Roles.ManageTheme);
}
