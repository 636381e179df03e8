using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site;

/// <summary>"Sơ đồ trang": the site's pages, categories and newest news, as a page for people.</summary>
public static class SitemapPage
{
    public const int NewsCount = 20;

    public static async Task<IResult> RenderAsync(HttpContext context, PublishedQueries published, PageRenderer renderer)
    {
        var site = await renderer.SiteAsync(context);
        var entries = await published.EntriesAsync(context.RequestAborted);
        var pages = entries.Where(e => e.ContentType == NewsPresenter.PageType).OrderBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => new LinkViewModel(e.Title, $"{site.BasePath}/{e.Path}")).ToList();
        var news = await published.LatestAsync(NewsPresenter.NewsType, 0, NewsCount, cancellationToken: context.RequestAborted);
        var model = new SitemapViewModel(site, pages, site.Categories, news.Select(n => NewsPresenter.Summary(n, site.BasePath)).ToList());
        return await renderer.PageAsync("Sitemap", model, site, renderer.Metadata(context, "Sơ đồ trang"));
    }
}
