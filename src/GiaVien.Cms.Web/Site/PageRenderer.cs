using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Site;

/// <summary>Renders a theme view for the current tenant, with the tenant's branding in the layout.</summary>
public sealed class PageRenderer(ThemeRenderer theme, SiteSettingsStore settings, ShellScope scope)
{
    public async Task<SiteViewModel> SiteAsync(HttpContext context)
    {
        var values = await settings.GetAsync(context.RequestAborted);
        var name = values.GetValueOrDefault(SiteSettingNames.SiteName) ?? scope.Shell.Tenant.DisplayName;
        return new SiteViewModel(name, values.GetValueOrDefault(SiteSettingNames.BannerText) ?? name, context.Request.PathBase.Value ?? "",
            values.GetValueOrDefault(SiteSettingNames.Address), values.GetValueOrDefault(SiteSettingNames.Phone), values.GetValueOrDefault(SiteSettingNames.Email));
    }

    public async Task<IResult> PageAsync(string view, object model, SiteViewModel site, string? title, string? description = null, int statusCode = StatusCodes.Status200OK)
    {
        var html = await theme.RenderPageAsync(view, model, new LayoutViewModel(site, title, description));
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
    }

    public async Task<IResult> NotFoundAsync(HttpContext context)
    {
        var site = await SiteAsync(context);
        return await PageAsync("NotFound", new NotFoundViewModel(site), site, "Không tìm thấy trang", statusCode: StatusCodes.Status404NotFound);
    }
}
