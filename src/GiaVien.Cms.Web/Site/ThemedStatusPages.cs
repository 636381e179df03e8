using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The 503 pages (tenant disabled or being set up) in the theme's layout. Nothing here reads the tenant's database:
/// such a tenant has no active shell, so the page knows only its display name and address.
/// </summary>
public sealed class ThemedStatusPages(ThemeRenderer theme, ThemeAssets assets, IHttpContextAccessor accessor, TimeProvider clock) : ITenantStatusPageRenderer
{
    public Task<string> RenderAsync(string siteName, string basePath, string title, string message)
    {
        var context = accessor.HttpContext!;
        var menu = new List<MenuItemViewModel> { new("Cổng thông tin huyện", "/", []) };
        var site = new SiteViewModel(siteName, siteName, basePath, context.RequestServices.GetRequiredService<PublicOrigins>().Origin(context) + basePath, assets.Url(basePath, "emblem.svg"),
            null, null, null, null, null, menu, [], assets.Url(basePath, "site.css"), assets.Url(basePath, "site.js"),
            Content.Text.VietnameseDates.ToVietnamTime(clock.GetUtcNow().UtcDateTime).Year);
        var page = new PageMetadata(title, message, site.BaseUrl + "/", basePath + "/");
        return theme.RenderPageAsync("Unavailable", new { Site = site, Title = title, Message = message }, new LayoutViewModel(site, page));
    }
}
