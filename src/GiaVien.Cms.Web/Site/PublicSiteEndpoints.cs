using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Themes;
using Microsoft.Extensions.FileProviders;

namespace GiaVien.Cms.Web.Site;

/// <summary>The public pages residents read: home page and content items at their slug URLs.</summary>
public static class PublicSiteEndpoints
{
    public const int HomeNewsCount = 20;

    public static IServiceCollection AddPublicSite(this IServiceCollection services) => services.AddScoped<PageRenderer>();

    /// <summary>Theme CSS and images under <c>/theme/</c> (of each tenant's path base), with long-lived caching.</summary>
    public static void UseThemeAssets(this IApplicationBuilder app)
    {
        var theme = app.ApplicationServices.GetRequiredService<ThemeRenderer>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/theme",
            FileProvider = new PhysicalFileProvider(theme.AssetsFolder),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
    }

    public static void MapPublicSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", HomeAsync);
        endpoints.MapGet("/{**path}", ContentAsync);
    }

    private static async Task<IResult> HomeAsync(HttpContext context, ContentQueries queries, PageRenderer renderer)
    {
        var site = await renderer.SiteAsync(context);
        var news = await queries.LatestPublishedAsync(NewsPresenter.NewsType, HomeNewsCount, context.RequestAborted);
        var model = new HomeViewModel(site, news.Select(n => NewsPresenter.Summary(n, site.BasePath)).ToList());
        return await renderer.PageAsync("Home", model, site, title: null);
    }

    private static async Task<IResult> ContentAsync(string path, HttpContext context, ContentQueries queries, PageRenderer renderer, MediaLibrary media)
    {
        var match = path.Length > 300 ? null : await queries.FindByPathAsync(path.Trim('/').ToLowerInvariant(), context.RequestAborted);
        if (match is null)
        {
            return await renderer.NotFoundAsync(context);
        }

        if (match.RedirectTo is not null)
        {
            return Results.Redirect($"{context.Request.PathBase}/{match.RedirectTo}", permanent: true);
        }

        var site = await renderer.SiteAsync(context);
        var featured = NewsPresenter.FeaturedImagePath(match.Item) is { } imagePath ? await media.FindAsync(imagePath, context.RequestAborted) : null;
        var article = NewsPresenter.Article(match.Item, site, featured);
        return await renderer.PageAsync("Article", article, site, article.Title, article.Lead);
    }
}
