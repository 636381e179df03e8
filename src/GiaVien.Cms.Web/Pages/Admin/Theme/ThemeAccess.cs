using GiaVien.Cms.Web.Admin;

namespace GiaVien.Cms.Web.Pages.Admin.Theme;

/// <summary>Branding, menu and template overrides change the whole public site: tenant administrators only.</summary>
public static class ThemeAccess
{
    public const string Name = "ManageTheme";

    public static bool Allows(System.Security.Claims.ClaimsPrincipal user) => user.Permissions() is var p && (p.Contains("*") || p.Contains(Name));
}
