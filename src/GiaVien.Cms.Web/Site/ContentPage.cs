using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Web.Site.Types;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A published item at its slug: a news article, a static page or an item of any routable type; former slugs
/// redirect; a path that is no item may be a type's list or feed.
/// </summary>
public static class ContentPage
{
    public const int OthersCount = 6;
    public const int MaxPathLength = 300;

    public static async Task<IResult> RenderAsync(string path, HttpContext context, ContentQueries queries, PublishedQueries published, PageRenderer renderer, PublishedMediaFiles media, TypePages types, Blocks.BlockZoneBuilder zones, Tenants.ShellScope scope)
    {
        if (path.Length > MaxPathLength)
        {
            return await renderer.NotFoundAsync(context);
        }

        var normalized = path.Trim('/').ToLowerInvariant();
        var match = await queries.FindByPathAsync(normalized, context.RequestAborted);
        if (match is null)
        {
            return await types.ListOrFeedAsync(normalized, context) ?? await renderer.NotFoundAsync(context);
        }

        if (match.RedirectTo is not null)
        {
            return Results.Redirect($"{context.Request.PathBase}/{match.RedirectTo}", permanent: true);
        }

        // Marked for the visit counter, which also counts this item when the page comes from the output cache.
        Visits.VisitedPages.Mark(context, match.Item.ContentItemId);

        // News and pages keep their own presenters (and views); every other type is displayed from its definition.
        if (match.Item.ContentType != NewsPresenter.PageType && match.Item.ContentType != NewsPresenter.NewsType && match.Item.Part(NewsPart.Name) is null)
        {
            return await types.ItemAsync(match.Item, context) ?? await renderer.NotFoundAsync(context);
        }

        var site = await renderer.SiteAsync(context);
        var item = match.Item;
        // Decoded once per stored version (the read cache keeps the row): the news part holds the body, whose JSON
        // unescaping was the largest step of an uncached article outside the theme's render.
        var news = StoredParts.Of<NewsPart>(item);
        var canonical = $"{site.BaseUrl}/{StoredParts.Of<AutoroutePart>(item).Path}";
        var metadata = renderer.Metadata(context, item.DisplayText, NewsPresenter.Description(news)) with
        {
            CanonicalUrl = canonical,
            Alternates = await renderer.AlternatesAsync(item, site, context.RequestAborted),
        };
        if (item.ContentType == NewsPresenter.PageType)
        {
            return await renderer.PageAsync("Page", new PageViewModel(site, item.DisplayText, NewsPresenter.Body(item)), site, metadata);
        }

        var localization = StoredParts.Of<LocalizationPart>(item);
        // A translation leaves the categories, "other articles" and sidebar blocks out: they are the Vietnamese site's,
        // and Vietnamese links in an English page would mix the languages; its language switch leads back.
        var article = localization.IsTranslation
            ? NewsPresenter.Article(item, news, localization.Culture, site, [], [], canonical, renderer.Words(localization.Culture))
            : await ArticleAsync(item, news, localization.Culture, site, canonical, context, published, renderer, zones, scope);
        if (news.ImagePath is { } repeated && BodyImages.StartsWith(article.BodyHtml, repeated))
        {
            // The editor also put the photo at the top of the body: show it once, where the editor placed it.
            article = article with { Text = article.Text with { Image = null } };
        }
        else if (news.ImagePath is { } featured && await media.FindAsync(featured.TrimStart('/'), context.RequestAborted) is { } file)
        {
            // The editor's own alt text wins; otherwise the library's description of the photo, then the title.
            var editorAlt = article.Image?.Alt == item.DisplayText ? null : article.Image?.Alt;
            article = article with { Text = article.Text with { Image = NewsImages.For(site.BasePath, file, editorAlt, item.DisplayText, NewsImages.Article) ?? article.Image } };
        }

        // The stored version's shared text, beside which the theme keeps the article's markup (its kept_include).
        article = article with { Text = SharedArticleTexts.For(news, article.Text) };

        var imageUrl = news.ImagePath is { } image ? site.BaseUrl + NewsImages.Url("", image, NewsImages.OpenGraph) : null;
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

    private static async Task<ArticleViewModel> ArticleAsync(ContentItem item, NewsPart news, string culture, SiteViewModel site, string canonical, HttpContext context, PublishedQueries published, PageRenderer renderer, Blocks.BlockZoneBuilder zones, Tenants.ShellScope scope)
    {
        var termIds = news.TermIds;
        var categories = (await renderer.CategoriesAsync(context.RequestAborted))
            .Where(c => termIds.Contains(c.ContentItemId)).Select(c => new LinkViewModel(c.Title, PageRenderer.CategoryUrl(site.BasePath, c))).ToList();
        var others = await published.OthersAsync(NewsPresenter.NewsType, item.ContentItemId, termIds, OthersCount, context.RequestAborted);
        // The sidebar's blocks are the tenant's shared instances, like the home page's, so the theme writes each from its
        // kept markup. A block that leaves this article out of its list ("Tin mới" on one of the newest articles) has
        // other values than the same block on an older article, so it is another instance: it never shows the wrong list.
        var sidebar = await zones.BuildAsync(GiaVien.Cms.Blocks.BlockZones.SidebarZone, context, item.ContentItemId);
        return NewsPresenter.Article(item, news, culture, site, categories, others.Select(o => NewsPresenter.Summary(o, site.BasePath)).ToList(), canonical, renderer.Words(LocalizationPart.Vietnamese))
            with { Sidebar = Blocks.SharedBlockModels.For(scope.Shell, sidebar) };
    }
}
