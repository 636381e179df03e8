using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Media.Library;

namespace GiaVien.Cms.Web.Site;

/// <summary>A published item at its slug: a news article or a static page; former slugs redirect.</summary>
public static class ContentPage
{
    public const int OthersCount = 6;
    public const int MaxPathLength = 300;

    public static async Task<IResult> RenderAsync(string path, HttpContext context, ContentQueries queries, PublishedQueries published, PageRenderer renderer, MediaLibrary media)
    {
        var match = path.Length > MaxPathLength ? null : await queries.FindByPathAsync(path.Trim('/').ToLowerInvariant(), context.RequestAborted);
        if (match is null || match.Item.ContentType is not (NewsPresenter.NewsType or NewsPresenter.PageType))
        {
            return await renderer.NotFoundAsync(context);
        }

        if (match.RedirectTo is not null)
        {
            return Results.Redirect($"{context.Request.PathBase}/{match.RedirectTo}", permanent: true);
        }

        var site = await renderer.SiteAsync(context);
        var item = match.Item;
        var canonical = $"{site.BaseUrl}/{item.RoutePath}";
        var metadata = renderer.Metadata(context, item.DisplayText, NewsPresenter.Description(item)) with { CanonicalUrl = canonical };
        if (item.ContentType == NewsPresenter.PageType)
        {
            return await renderer.PageAsync("Page", new PageViewModel(site, item.DisplayText, NewsPresenter.Body(item)), site, metadata);
        }

        var termIds = NewsPresenter.TermIds(item);
        var categories = (await renderer.CategoriesAsync(context.RequestAborted))
            .Where(c => termIds.Contains(c.ContentItemId)).Select(c => new LinkViewModel(c.Title, PageRenderer.CategoryUrl(site.BasePath, c))).ToList();
        var others = await published.OthersAsync(NewsPresenter.NewsType, item.ContentItemId, termIds, OthersCount, context.RequestAborted);
        var article = NewsPresenter.Article(item, site, categories, others.Select(o => NewsPresenter.Summary(o, site.BasePath)).ToList(), canonical);
        if (NewsPresenter.ImagePath(item) is { } repeated && BodyImages.StartsWith(article.BodyHtml, repeated))
        {
            // The editor also put the photo at the top of the body: show it once, where the editor placed it.
            article = article with { Image = null };
        }
        else if (NewsPresenter.ImagePath(item) is { } featured && await media.FindAsync(featured.TrimStart('/'), context.RequestAborted) is { } file)
        {
            // The editor's own alt text wins; otherwise the library's description of the photo, then the title.
            var editorAlt = article.Image?.Alt == item.DisplayText ? null : article.Image?.Alt;
            article = article with { Image = NewsImages.For(site.BasePath, file, editorAlt, item.DisplayText, NewsImages.Article) ?? article.Image };
        }

        var imageUrl = NewsPresenter.ImagePath(item) is { } image ? site.BaseUrl + NewsImages.Url("", image, NewsImages.OpenGraph) : null;
        metadata = metadata with
        {
            OgType = "article",
            ImageUrl = imageUrl,
            Creator = article.Byline ?? site.SiteName,
            IsoDate = article.IsoDate,
            JsonLd = Metadata.JsonLd.NewsArticle(article, canonical, imageUrl, NewsPresenter.Iso(item.ModifiedUtc)),
        };
        return await renderer.PageAsync("Article", article, site, metadata);
    }
}
