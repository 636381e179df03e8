using GiaVien.Cms.Blocks;
using GiaVien.Cms.Web.Site.Blocks;

namespace GiaVien.Cms.Web.Site;

/// <summary>The home page: the blocks of the tenant's home zone, in its order ("Tin nổi bật", "Tin mới", categories… by default).</summary>
public static class HomePage
{
    public static async Task<IResult> RenderAsync(HttpContext context, PageRenderer renderer, BlockZoneBuilder zones, Tenants.ShellScope scope)
    {
        var site = await renderer.SiteAsync(context);
        // The tenant's shared block instances, whose markup the theme keeps (as for an article's sidebar).
        var blocks = SharedBlockModels.For(scope.Shell, await zones.BuildAsync(BlockZones.HomeZone, context));
        var model = new HomeViewModel(site, blocks, site.IsDistrict);
        var page = renderer.Metadata(context, null, site.BannerText) with
        {
            FeedUrl = site.RssUrl,
            FeedTitle = site.SiteName,
            JsonLd = Metadata.JsonLd.WebSite(site),
        };
        return await renderer.PageAsync("Home", model, site, page);
    }
}
