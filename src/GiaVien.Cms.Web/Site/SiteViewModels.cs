namespace GiaVien.Cms.Web.Site;

// Models handed to the Liquid views; templates see the properties in snake_case ({{ site.site_name }}).

/// <summary>The tenant's branding and navigation, on every page.</summary>
public sealed record SiteViewModel(
    string SiteName,
    string BannerText,
    string BasePath,
    string BaseUrl,
    string LogoUrl,
    string? PrimaryColor,
    string? ResponsiblePerson,
    string? Address,
    string? Phone,
    string? Email,
    IReadOnlyList<MenuItemViewModel> Menu,
    IReadOnlyList<LinkViewModel> Categories,
    string CssUrl,
    string JsUrl,
    int Year)
{
    public string RssUrl => $"{BasePath}/rss.xml";

    /// <summary>The search of the page's language: English pages search the English items.</summary>
    public string SearchUrl => Language == Content.Parts.LocalizationPart.English ? $"{BasePath}/{SearchEndpoints.EnglishPath}" : $"{BasePath}/tim-kiem";

    /// <summary>"vi" or "en": the language of the page this model is shown on (its address says it).</summary>
    public string Language { get; init; } = Content.Parts.LocalizationPart.Vietnamese;

    /// <summary>The district portal: its header search covers every tenant sharing news with it ("Trang này" stays a choice on the results page).</summary>
    public bool IsDistrict { get; init; }

    /// <summary>The browser tab's icon: the logo as a square thumbnail rendition, or the theme's emblem (then the logo URL).</summary>
    public string? IconUrl { get; init; }

    /// <summary>"Lượt truy cập" in the footer; null while the tenant's counter is off.</summary>
    public VisitsViewModel? Visits { get; init; }
}

/// <summary>The footer's view counts, as the page's language writes numbers (1.234 in Vietnamese, 1,234 in English).</summary>
public sealed record VisitsViewModel(string Today, string Total)
{
    public static VisitsViewModel? From(Visits.VisitTotals? totals, string language)
    {
        if (totals is null)
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.GetCultureInfo(language == Content.Parts.LocalizationPart.English ? "en-GB" : "vi-VN");
        return new VisitsViewModel(totals.Today.ToString("N0", culture), totals.Total.ToString("N0", culture));
    }
}

public sealed record LinkViewModel(string Title, string Url);

public sealed record MenuItemViewModel(string Title, string Url, IReadOnlyList<LinkViewModel> Children);

/// <summary>What the layout puts in &lt;head&gt;: title, canonical URL, Open Graph, Twitter card, Dublin Core, JSON-LD.</summary>
public sealed record LayoutViewModel(SiteViewModel Site, PageMetadata Page) : Themes.IKeptLayoutModel
{
    /// <summary>The tenant's shared instance of <see cref="Site"/> (see <see cref="SharedSiteModels"/>), or null to keep nothing.</summary>
    public object? KeptSite { get; init; }

    // Found once per page: each kept part of the layout asks for it.
    public string? MenuCurrentPath { get; } =
        Site.Menu.Any(m => m.Url == Page.CurrentPath || m.Children.Any(c => c.Url == Page.CurrentPath)) ? Page.CurrentPath : null;
}

public sealed record PageMetadata(string? Title, string? Description, string CanonicalUrl, string CurrentPath)
{
    public string OgType { get; init; } = "website";

    public string? ImageUrl { get; init; }

    public string? Creator { get; init; }

    /// <summary>ISO 8601 date of the content, for DC.date and article:published_time.</summary>
    public string? IsoDate { get; init; }

    /// <summary>Ready-made JSON (escaped for a script element), or null.</summary>
    public string? JsonLd { get; init; }

    public string? FeedUrl { get; init; }

    public string? FeedTitle { get; init; }

    /// <summary>"vi" or "en": the page's lang attribute, and the language of the theme's words on it.</summary>
    public string Language { get; init; } = Content.Parts.LocalizationPart.Vietnamese;

    /// <summary>Every language version of the page, this one included; empty when it has no other.</summary>
    public IReadOnlyList<Localization.AlternateViewModel> Alternates { get; init; } = [];

    /// <summary>Theme scripts this page needs besides <c>site.js</c> (versioned URLs), loaded with the page's nonce.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
}

/// <summary>An image at the size it is shown: width and height are set so the page does not jump while it loads.</summary>
public sealed record ImageViewModel(string Url, string Alt, int Width, int Height)
{
    /// <summary>The caption the media library holds for the photo, shown under a featured image.</summary>
    public string? Caption { get; init; }
}

public sealed record NewsSummaryViewModel(string Title, string Url, string DateLine, string IsoDate, string? Lead, ImageViewModel? Image)
{
    /// <summary>The tenant a shared item comes from ("Tin cơ sở"), else null.</summary>
    public LinkViewModel? Source { get; init; }
}

public sealed record CategoryBlockViewModel(string Title, string Url, IReadOnlyList<NewsSummaryViewModel> News);

/// <summary>The home page: the visible blocks of the tenant's home zone, in order.</summary>
public sealed record HomeViewModel(SiteViewModel Site, IReadOnlyList<Blocks.BlockViewModel> Blocks, bool IsDistrict);

public sealed record PagerViewModel(int Page, int PageCount, string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLinkViewModel> Pages);

public sealed record PagerLinkViewModel(int Number, string Url, bool Current);

public sealed record CategoryViewModel(SiteViewModel Site, string Title, string FeedUrl, IReadOnlyList<NewsSummaryViewModel> News, PagerViewModel Pager);

/// <summary>
/// An article's page: its own part (<see cref="Text"/>), the "other articles" and the sidebar's blocks. The text's members
/// are offered here too under their old names, for a tenant's override of the article view written against them.
/// </summary>
public sealed record ArticleViewModel(SiteViewModel Site, ArticleTextViewModel Text, IReadOnlyList<NewsSummaryViewModel> Others)
{
    /// <summary>The blocks of the sidebar zone: beside the article on wide screens, after it on phones.</summary>
    public IReadOnlyList<Blocks.BlockViewModel> Sidebar { get; init; } = [];

    public string Title => Text.Title;
    public string DateLine => Text.DateLine;
    public string IsoDate => Text.IsoDate;
    public string? Lead => Text.Lead;
    public string BodyHtml => Text.BodyHtml;
    public string? Byline => Text.Byline;
    public string? Source => Text.Source;
    public ImageViewModel? Image => Text.Image;
    public IReadOnlyList<LinkViewModel> Categories => Text.Categories;
    public IReadOnlyList<LinkViewModel> Share => Text.Share;
}

/// <summary>
/// What the theme's <c>Partials/ArticleText</c> shows of an article (breadcrumb, heading, date, lead, image, body, byline,
/// source, categories, share links): everything of the article's page that is the same on every request for one stored
/// version, so the page's handler answers it with a shared instance and the theme keeps its markup (see <see cref="SharedArticleTexts"/>).
/// </summary>
public sealed record ArticleTextViewModel(
    string Title,
    string DateLine,
    string IsoDate,
    string? Lead,
    string BodyHtml,
    string? Byline,
    string? Source,
    ImageViewModel? Image,
    IReadOnlyList<LinkViewModel> Categories,
    IReadOnlyList<LinkViewModel> Share);

public sealed record PageViewModel(SiteViewModel Site, string Title, string BodyHtml);

public sealed record SitemapViewModel(SiteViewModel Site, IReadOnlyList<LinkViewModel> Pages, IReadOnlyList<LinkViewModel> Categories, IReadOnlyList<NewsSummaryViewModel> LatestNews);

public sealed record NotFoundViewModel(SiteViewModel Site);

public sealed record SearchHitViewModel(string TitleHtml, string Url, string SnippetHtml, string DateLine, string IsoDate, string Categories, string? TenantName);

/// <summary>A results page's hits as one object, so the theme can keep their markup beside it (<see cref="SharedSearchHits"/>).</summary>
public sealed record SearchHitListViewModel(IReadOnlyList<SearchHitViewModel> Items);

public sealed record SearchPageViewModel(
    SiteViewModel Site, string Query, string? Message, int Total, SearchHitListViewModel HitList,
    string? PreviousUrl, string? NextUrl, string? PageLabel, bool CanSearchDistrict, bool IsDistrict, SearchFiltersViewModel Filters)
{
    /// <summary>The hits as a list, as a tenant's own Search view written before <see cref="HitList"/> reads them.</summary>
    public IReadOnlyList<SearchHitViewModel> Hits => HitList.Items;

    /// <summary>The English search (<c>/en/search</c>): its form leaves out the Vietnamese site's categories, types and scope.</summary>
    public bool English { get; init; }

    /// <summary>The filters' category and type options as one object, so the theme can keep their markup beside it (<see cref="SharedSearchFilters"/>).</summary>
    public SearchFormOptionsViewModel FormOptions { get; init; } = new(Filters.Categories, Filters.ContentTypes);

    /// <summary>The filters' facets as one object, so the theme can keep their markup beside it (<see cref="SharedSearchFilters"/>).</summary>
    public SearchFacetListViewModel FacetList { get; init; } = new(Filters.Facets);
}

/// <summary>The category and type options of the search form.</summary>
public sealed record SearchFormOptionsViewModel(IReadOnlyList<SearchOptionViewModel> Categories, IReadOnlyList<SearchOptionViewModel> ContentTypes);

/// <summary>A results page's facets.</summary>
public sealed record SearchFacetListViewModel(IReadOnlyList<SearchFacetViewModel> Items);

/// <summary>One choice of a select of the search filters.</summary>
public sealed record SearchOptionViewModel(string Value, string Title, bool Selected);

/// <summary>The filter form of the search page, filled with what the visitor asked for (dates as typed, yyyy-MM-dd).</summary>
public sealed record SearchFiltersViewModel(
    IReadOnlyList<SearchOptionViewModel> Categories, IReadOnlyList<SearchOptionViewModel> ContentTypes, string From, string To, bool Newest, string? ClearUrl)
{
    /// <summary>The field filters in force (<c>value</c> is the field's name, <c>title</c> the value), kept by the form.</summary>
    public IReadOnlyList<SearchOptionViewModel> Fields { get; init; } = [];

    /// <summary>Counts of the results by each facet field's values.</summary>
    public IReadOnlyList<SearchFacetViewModel> Facets { get; init; } = [];
}

/// <summary>A facet of the search page: its field's label and each value with its count and filtering link.</summary>
public sealed record SearchFacetViewModel(string Label, IReadOnlyList<SearchFacetValueViewModel> Values);

public sealed record SearchFacetValueViewModel(string Value, int Count, string Url, bool Selected);
