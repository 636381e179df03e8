using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Web.Admin;
using GiaVien.Cms.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Content;

/// <summary>Xem trước: the latest version rendered by the public theme, exactly as it will look once published.</summary>
public sealed class PreviewModel(ContentVersions versions, PageRenderer renderer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id)
    {
        var latest = await versions.LatestAsync(id, HttpContext.RequestAborted);
        if (latest is null)
        {
            return NotFound();
        }

        if (!ContentPermissions.Can(User.Permissions(), User.Name(), ContentAction.Edit, latest.Owner, reviewRequired: true))
        {
            return Forbid();
        }

        var site = await renderer.SiteAsync(HttpContext);
        var article = NewsPresenter.Article(ContentItemMapper.ToItem(latest), site);
        var result = await renderer.PageAsync("Article", article, site, article.Title, article.Lead);
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        await result.ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
