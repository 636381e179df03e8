using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site;

/// <summary>The home page: featured news, latest news, a block per category and, on the district portal, "Tin cơ sở".</summary>
public static class HomePage
{
    // One query serves the whole page: the newest items, from which featured, latest and category blocks are drawn.
    public const int Window = 60;
    public const int LatestCount = 6;
    public const int BlockCount = 4;

    /// <summary>Pinned items shown at most: the newest pin is "Tin nổi bật", the others open "Tin mới".</summary>
    public const int PinnedCount = 3;

    public static async Task<IResult> RenderAsync(HttpContext context, PublishedQueries published, PageRenderer renderer, SharedNews shared, TimeProvider clock)
    {
        var site = await renderer.SiteAsync(context);
        var news = await published.LatestAsync(NewsPresenter.NewsType, 0, Window, cancellationToken: context.RequestAborted);
        var pinned = await published.PinnedAsync(NewsPresenter.NewsType, clock.GetUtcNow().UtcDateTime, PinnedCount, context.RequestAborted);
        var summaries = news.Select(n => NewsPresenter.Summary(n, site.BasePath)).ToList();
        var pinnedIds = pinned.Select(p => p.ContentItemId).ToHashSet();
        var front = pinned.Select(p => NewsPresenter.Summary(p, site.BasePath))
            .Concat(summaries.Where((_, i) => !pinnedIds.Contains(news[i].ContentItemId))).ToList();
        var categories = await renderer.CategoriesAsync(context.RequestAborted);
        var blocks = categories
            .Select(c => new CategoryBlockViewModel(c.Title, PageRenderer.CategoryUrl(site.BasePath, c),
                news.Select((n, i) => (n, i)).Where(x => x.n.TermIds.Contains(c.ContentItemId)).Take(BlockCount).Select(x => summaries[x.i]).ToList()))
            .Where(b => b.News.Count > 0)
            .ToList();
        var isDistrict = context.Features.Get<Tenants.ShellContext>()?.Tenant.IsDefault == true;
        var sharedNews = isDistrict ? await shared.LatestAsync(context) : [];
        var model = new HomeViewModel(site, front.FirstOrDefault(), front.Skip(1).Take(LatestCount).ToList(), blocks, sharedNews, isDistrict);
        var page = renderer.Metadata(context, null, site.BannerText) with
        {
            FeedUrl = site.RssUrl,
            FeedTitle = site.SiteName,
            JsonLd = Metadata.JsonLd.WebSite(site),
        };
        return await renderer.PageAsync("Home", model, site, page);
    }
}
