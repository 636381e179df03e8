using System.IO.Compression;
using GiaVien.Cms.Schedule;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site.Caching;
using GiaVien.Cms.Web.Site.Caching.Compression;
using GiaVien.Cms.Web.Site.Caching.Front;
using GiaVien.Cms.Web.Site.Feeds;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.FileProviders;

namespace GiaVien.Cms.Web.Site;

/// <summary>The public pages residents read, their feeds, and the output cache and compression that serve them.</summary>
public static class PublicSiteEndpoints
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddScoped<PageRenderer>();
        services.AddScoped<Types.TypePages>();
        services.AddScoped<Blocks.BlockZoneBuilder>();
        services.AddScoped<Blocks.TodayScheduleBlock>();
        services.AddScoped<Documents.DocumentPages>();
        services.AddFeature(Announcements.AnnouncementsFeature.Descriptor);
        services.AddSchedule(new Branding.AddMenuItemMigration(1, "Lịch công tác", ScheduleFeature.PublicPath));
        services.AddFeature(Organisation.OrganisationFeature.Descriptor);
        services.AddScoped<Organisation.OrganisationDirectory>();
        services.AddFeature(Disclosures.DisclosuresFeature.Descriptor);
        services.AddFeature(Questions.QuestionsFeature.Descriptor);
        services.AddSingleton<SharedNews>();
        services.AddHttpContextAccessor();
        services.AddScoped<Tenants.ITenantStatusPageRenderer, ThemedStatusPages>();
        services.AddOptions<SiteCacheOptions>().BindConfiguration("Cms:OutputCache");
        services.AddOutputCache();
        services.AddSingleton<PageCacheEvictions>();
        services.DecorateOutputCacheStore();
        services.AddSingleton<TypeListFilters>();
        services.AddSingleton<FrontPages>();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SiteCacheOptions>, Tenants.CmsMetrics, TypeListFilters, PageCacheEvictions>((options, site, metrics, typeLists, evictions) =>
        {
            options.AddPolicy(TenantPageCachePolicy.Name, new TenantPageCachePolicy(site, metrics, typeLists, evictions));
            options.SizeLimit = site.Value.SizeLimit;
            options.MaximumBodySize = Math.Min(options.MaximumBodySize, site.Value.SizeLimit);
        });
        services.AddHostedService<SiteCacheInvalidation>();
        services.AddResponseCompression(options =>
        {
            // Public pages carry no secret, so compressing them over HTTPS is safe; the admin is left out (see UsePublicCompression).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Wraps the store <c>AddOutputCache</c> registered (the framework's memory store) in <see cref="EvictionAwarePageStore"/>,
    /// which <see cref="FrontPages"/> asks whether an entry is still held.
    /// </summary>
    private static void DecorateOutputCacheStore(this IServiceCollection services)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<EvictionAwarePageStore>());
        services.AddSingleton(provider => new EvictionAwarePageStore(
            (IOutputCacheStore)(registered.ImplementationInstance ?? registered.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            provider.GetRequiredService<PageCacheEvictions>(),
            provider.GetRequiredService<IHttpContextAccessor>()));
    }

    /// <summary>
    /// Brotli or gzip for everything but the admin: admin pages hold antiforgery tokens beside text a visitor can
    /// choose, which compression over HTTPS would expose to BREACH-style guessing.
    /// </summary>
    public static void UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin"), branch =>
        {
            branch.KeepBodyBeneathCompression();
            branch.UseResponseCompression();
        });

    /// <summary>Theme CSS, JS and images under <c>/theme/</c> (of each tenant's path base); fingerprinted URLs are cached for a year.</summary>
    public static void UseThemeAssets(this IApplicationBuilder app)
    {
        // From the options, not the renderer: building the renderer (its Liquid parser) is left to the first page, after
        // the server listens, so /health answers sooner after a restart.
        var assets = app.ApplicationServices.GetRequiredService<IOptions<ThemesOptions>>().Value.AssetsFolder;
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/theme",
            FileProvider = new PhysicalFileProvider(assets),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey(ThemeAssets.VersionParameter) ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
    }

    public static void MapPublicSite(this IEndpointRouteBuilder endpoints)
    {
        // Not output-cached: the page varies by ?tuan= and by the day in Vietnam (today's highlight), and costs one lookup.
        endpoints.MapGet(ScheduleFeature.PublicPath, Schedule.SchedulePage.WeekAsync);
        endpoints.MapGet(ScheduleFeature.PublicPath + ".ics", Schedule.SchedulePage.FeedAsync);
        var site = endpoints.MapGroup("").CacheOutput(TenantPageCachePolicy.Name);
        site.MapGet("/", HomePage.RenderAsync);
        site.MapGet("/tin-tuc", NewsListPage.AllAsync).WithMetadata(VariesByPageNumber.Instance);
        site.MapGet("/chuyen-muc/{slug}", NewsListPage.CategoryAsync).WithMetadata(VariesByPageNumber.Instance);
        site.MapGet("/chuyen-muc/{slug}/rss.xml", RssFeed.CategoryAsync);
        site.MapGet("/rss.xml", RssFeed.AllAsync);
        site.MapGet("/sitemap.xml", SitemapXml.RenderAsync);
        site.MapGet("/robots.txt", RobotsTxt.Render);
        site.MapGet("/so-do-trang", SitemapPage.RenderAsync);
        Documents.DocumentPages.Map(site);
        Organisation.OrganisationPages.MapOrganisationPages(site);
        site.MapGet("/{**path}", ContentPage.RenderAsync).WithMetadata(VariesByPageNumber.AndFieldFilters);
    }
}
