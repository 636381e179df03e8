using GiaVien.Cms.Blocks;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site.Branding;

namespace GiaVien.Cms.Web.Site;

/// <summary>Renders a theme view for the current tenant, with the tenant's branding and menu in the layout.</summary>
public sealed class PageRenderer(ThemeRenderer theme, ThemeAssets assets, SiteSettingsStore settings, PublishedQueries published, ShellScope scope, ThemeTemplateStore templates,
    ContentDefinitionStore definitions, Visits.VisitStatistics visits, TimeProvider clock, Content.Items.ContentTranslations translations,
    Data.Changes.PublicChangeCounter changes, TenantDb tenantDb)
{
    private SiteViewModel? _site;

    // The tenant's shared instance of _site (the same values, no visit figures): the layout's kept parts hang on it.
    private SiteViewModel? _keptSite;
    private IReadOnlyList<CategoryTerm>? _categories;

    public async Task<IReadOnlyList<CategoryTerm>> CategoriesAsync(CancellationToken cancellationToken) =>
        _categories ??= await published.CategoriesAsync(cancellationToken);

    /// <summary>
    /// The site's view model for this request: the tenant's kept model for this path base, language, address and year
    /// (<see cref="KeptSiteModels"/>; made when the tenant's public answers changed since it was kept), with this
    /// request's visit figures, which change with every page view.
    /// </summary>
    public async Task<SiteViewModel> SiteAsync(HttpContext context)
    {
        if (_site is not null)
        {
            return _site;
        }

        var language = Localization.SiteLanguage.Of(context.Request.Path);
        // Counted before anything is read: a change committed while the model is made makes the next page make it again.
        var key = new KeptSiteModels.Key(changes.Of(scope.Shell.Name), context.Request.PathBase.Value ?? "", language, BaseUrl(context),
            Content.Text.VietnameseDates.ToVietnamTime(clock.GetUtcNow().UtcDateTime).Year);
        // What a transaction sees may be rolled back: its model is made, not kept (as the read cache keeps nothing then).
        var keep = !tenantDb.InTransaction;
        if ((keep ? KeptSiteModels.Find(scope.Shell, key) : null) is not { } shared)
        {
            // The tenant's shared instance with these values (the same one again after a change that did not touch them,
            // a publish say), beside which the theme keeps the header and footer.
            shared = SharedSiteModels.For(scope.Shell, await MakeSiteAsync(key, context.RequestAborted));
            if (keep)
            {
                KeptSiteModels.Keep(scope.Shell, key, shared);
            }
        }

        _keptSite = shared;
        var visitFigures = VisitsViewModel.From(await visits.TotalsAsync(context.RequestAborted), language);
        return _site = visitFigures is null ? shared : shared with { Visits = visitFigures };
    }

    private async Task<SiteViewModel> MakeSiteAsync(KeptSiteModels.Key key, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var basePath = key.BasePath;
        var name = values.GetValueOrDefault(SiteSettingNames.SiteName) ?? scope.Shell.Tenant.DisplayName;
        var categories = (await CategoriesAsync(cancellationToken)).Select(c => new LinkViewModel(c.Title, CategoryUrl(basePath, c))).ToList();
        // The tenant's menu is written in Vietnamese; English pages get the English site's own sections instead.
        // A disabled feature's section leaves the menu with its pages; the item comes back when it is enabled again.
        var hiddenPrefixes = await definitions.HiddenRoutePrefixesAsync(cancellationToken);
        var menu = key.Language == Content.Parts.LocalizationPart.English
            ? Organisation.OrganisationPages.EnglishMenu(basePath, theme.Words.For(Content.Parts.LocalizationPart.English))
            : SiteMenu.ParseKept(values.GetValueOrDefault(SiteSettingNames.Menu))
                .Where(m => !SiteMenu.LeadsInto(m.Url, hiddenPrefixes))
                .Select(m => new MenuItemViewModel(m.Title, SiteMenu.Resolve(basePath, m.Url),
                    m.Children is { Count: > 0 } children
                        ? children.Where(c => !SiteMenu.LeadsInto(c.Url, hiddenPrefixes)).Select(c => new LinkViewModel(c.Title, SiteMenu.Resolve(basePath, c.Url))).ToList()
                        : m.Url == SiteMenu.NewsUrl ? categories : []))
                .ToList();
        var logoPath = values.GetValueOrDefault(SiteSettingNames.LogoPath) is { Length: > 0 } p ? p.TrimStart('/') : null;
        var logo = logoPath is not null ? $"{basePath}/media/{logoPath}" : assets.Url(basePath, "emblem.svg");
        return new SiteViewModel(name, values.GetValueOrDefault(SiteSettingNames.BannerText) ?? name, basePath, key.BaseUrl, logo,
            ColorContrast.Normalize(values.GetValueOrDefault(SiteSettingNames.PrimaryColor)),
            values.GetValueOrDefault(SiteSettingNames.ResponsiblePerson), values.GetValueOrDefault(SiteSettingNames.Address),
            values.GetValueOrDefault(SiteSettingNames.Phone), values.GetValueOrDefault(SiteSettingNames.Email),
            menu, categories, assets.Url(basePath, "site.css"), assets.Url(basePath, "site.js"), key.Year)
        {
            IsDistrict = scope.Shell.Tenant.IsDefault,
            IconUrl = logoPath is null ? null : Media.Serving.MediaUrls.Profile(basePath, Media.Images.ImageProfile.Thumbnail, logoPath),
            Language = key.Language,
        };
    }

    public static string CategoryUrl(string basePath, CategoryTerm category) => $"{basePath}/chuyen-muc/{category.Slug}";

    /// <summary>The site's absolute address (configured origin, path base), for canonical URLs, feeds and sitemaps.</summary>
    public static string BaseUrl(HttpContext context) => context.RequestServices.GetRequiredService<PublicOrigins>().Origin(context) + context.Request.PathBase;

    public PageMetadata Metadata(HttpContext context, string? title, string? description = null) =>
        new(title, description, BaseUrl(context) + context.Request.Path, context.Request.PathBase + context.Request.Path)
        {
            Language = Localization.SiteLanguage.Of(context.Request.Path),
        };

    /// <summary>The theme's own words in <paramref name="language"/> (Vietnamese where a word has no translation).</summary>
    public IReadOnlyDictionary<string, string> Words(string language) => theme.Words.For(language);

    /// <summary>A page's versions in each language, by path below the tenant (<c>gioi-thieu</c>, <c>en/about</c>), for the switch and hreflang.</summary>
    public IReadOnlyList<Localization.AlternateViewModel> Alternates(SiteViewModel site, IEnumerable<(string Language, string Path)> versions) =>
        versions.Select(v => new Localization.AlternateViewModel(v.Language, theme.Words.For(v.Language)["language_name"], $"{site.BaseUrl}/{v.Path}", $"{site.BasePath}/{v.Path}")).ToList();

    /// <summary>The published language versions of <paramref name="item"/>'s family, for its switch and hreflang; empty when it has one language.</summary>
    public async Task<IReadOnlyList<Localization.AlternateViewModel>> AlternatesAsync(Content.Items.ContentItem item, SiteViewModel site, CancellationToken cancellationToken) =>
        Alternates(site, (await translations.VersionsAsync(item, cancellationToken)).Select(v => (v.Language, v.Path)));

    public async Task<IResult> PageAsync(string view, object model, SiteViewModel site, PageMetadata page, int statusCode = StatusCodes.Status200OK)
    {
        // The header and footer are kept beside the tenant's shared site instance (the theme's kept_layout).
        // This request's own site model has its shared instance at hand; another one is compared with the kept ones.
        var keptSite = ReferenceEquals(site, _site) ? _keptSite : SharedSiteModels.For(scope.Shell, site);
        var layout = new LayoutViewModel(site, page) { KeptSite = keptSite };
        // The placeholder, not the nonce: the page may be served from the output cache (see NonceSubstitution).
        var html = await theme.RenderPageUtf8Async(view, model, layout, await templates.OverridesAsync(), PageHead.Html(layout, CspNonce.Placeholder), page.Language);
        return new RenderedPageResult(html, statusCode);
    }

    public async Task<IResult> NotFoundAsync(HttpContext context)
    {
        var site = await SiteAsync(context);
        return await PageAsync("NotFound", new NotFoundViewModel(site), site, Metadata(context, "Không tìm thấy trang"), StatusCodes.Status404NotFound);
    }
}
