using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Content;

/// <summary>Xem trước: the latest version rendered by the public theme, exactly as it will look once published.</summary>
[AdminPermission(ContentPermissions.EditContent, ContentPermissions.EditOwnContent)]
public sealed class PreviewModel(ContentVersions versions, PageRenderer renderer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id)
    {
        var latest = await versions.LatestAsync(id, HttpContext.RequestAborted);
        if (latest is null)
        {
            return NotFound();
        }

        if (!ContentPermissions.Can(User.Permissions(), User.Name(), ContentAction.Edit, latest.Owner, reviewRequired: true, contentType: latest.ContentType))
        {
            return Forbid();
        }

        var site = await renderer.SiteAsync(HttpContext);
        var item = ContentItemMapper.ToItem(latest);
        var termIds = NewsPresenter.TermIds(item);
        var categories = (await renderer.CategoriesAsync(HttpContext.RequestAborted))
            .Where(c => termIds.Contains(c.ContentItemId)).Select(c => new LinkViewModel(c.Title, PageRenderer.CategoryUrl(site.BasePath, c))).ToList();
        var canonical = $"{site.BaseUrl}/{item.RoutePath}";
        var article = NewsPresenter.Article(item, site, categories, [], canonical, renderer.Words(item.As<GiaVien.Cms.Content.Parts.LocalizationPart>().Culture));
        var result = await renderer.PageAsync("Article", article, site, renderer.Metadata(HttpContext, article.Title, article.Lead) with { CanonicalUrl = canonical });
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        await result.ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
