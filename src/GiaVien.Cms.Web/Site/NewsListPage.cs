using System.Globalization;
using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site;

/// <summary>All news (<c>/tin-tuc</c>) or one category (<c>/chuyen-muc/{slug}</c>), ten a page, <c>?trang=N</c>.</summary>
public static class NewsListPage
{
    public const int PageSize = 10;
    public const string PageParameter = "trang";

    public static async Task<IResult> AllAsync(HttpContext context, PublishedQueries published, PageRenderer renderer) =>
        await RenderAsync(context, published, renderer, null, "Tin tức");

    public static async Task<IResult> CategoryAsync(string slug, HttpContext context, PublishedQueries published, PageRenderer renderer)
    {
        var category = (await renderer.CategoriesAsync(context.RequestAborted)).FirstOrDefault(c => c.Slug == slug);
        return category is null ? await renderer.NotFoundAsync(context) : await RenderAsync(context, published, renderer, category, category.Title);
    }

    /// <summary>The page number asked for: a missing, malformed or non-positive one is the first page.</summary>
    public static int RequestedPage(HttpContext context) =>
        int.TryParse(context.Request.Query[PageParameter].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    private static async Task<IResult> RenderAsync(HttpContext context, PublishedQueries published, PageRenderer renderer, CategoryTerm? category, string title)
    {
        var site = await renderer.SiteAsync(context);
        var total = await published.CountAsync(NewsPresenter.NewsType, category?.ContentItemId, context.RequestAborted);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = RequestedPage(context);
        if (page > pageCount)
        {
            return await renderer.NotFoundAsync(context);
        }

        var news = await published.LatestAsync(NewsPresenter.NewsType, (page - 1) * PageSize, PageSize, category?.ContentItemId, context.RequestAborted);
        var listUrl = category is null ? $"{site.BasePath}/tin-tuc" : PageRenderer.CategoryUrl(site.BasePath, category);
        var feedUrl = category is null ? site.RssUrl : listUrl + "/rss.xml";
        var model = new CategoryViewModel(site, title, feedUrl, news.Select(n => NewsPresenter.Summary(n, site.BasePath)).ToList(), Pager(listUrl, page, pageCount));
        var metadata = renderer.Metadata(context, page > 1 ? $"{title} - Trang {page}" : title, $"Tin bài chuyên mục {title}") with
        {
            CanonicalUrl = PageRenderer.BaseUrl(context) + context.Request.Path + (page > 1 ? $"?{PageParameter}={page}" : ""),
            FeedUrl = feedUrl,
            FeedTitle = $"{title} - {site.SiteName}",
        };
        return await renderer.PageAsync("Category", model, site, metadata);
    }

    /// <summary>Links to the pages of a list at <paramref name="url"/>; <paramref name="query"/> (<c>&amp;name=value…</c>) is kept on every link.</summary>
    public static PagerViewModel Pager(string url, int page, int pageCount, string query = "")
    {
        string PageUrl(int n) => n == 1 ? (query.Length == 0 ? url : $"{url}?{query[1..]}") : $"{url}?{PageParameter}={n}{query}";
        // At most seven numbered links around the current page: enough to move on, small enough for a phone.
        var first = Math.Max(1, Math.Min(page - 3, pageCount - 6));
        var pages = Enumerable.Range(first, Math.Min(7, pageCount - first + 1)).Select(n => new PagerLinkViewModel(n, PageUrl(n), n == page)).ToList();
        return new PagerViewModel(page, pageCount, page > 1 ? PageUrl(page - 1) : null, page < pageCount ? PageUrl(page + 1) : null, pages);
    }
}
