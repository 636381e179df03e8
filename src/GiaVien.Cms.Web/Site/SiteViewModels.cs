namespace GiaVien.Cms.Web.Site;

// Models handed to the Liquid views; templates see the properties in snake_case ({{ site.site_name }}).

public sealed record SiteViewModel(string SiteName, string BannerText, string BasePath, string? Address, string? Phone, string? Email);

public sealed record LayoutViewModel(SiteViewModel Site, string? Title, string? Description);

public sealed record NewsSummaryViewModel(string Title, string Url, string DateLine, string IsoDate, string? Lead);

public sealed record HomeViewModel(SiteViewModel Site, IReadOnlyList<NewsSummaryViewModel> News);

public sealed record ArticleViewModel(
    SiteViewModel Site, string Title, string DateLine, string IsoDate, string? Lead, string BodyHtml, string? Byline, string? Source,
    ImageViewModel? FeaturedImage = null);

/// <summary>An image at a fixed profile, with the size the profile produces so the page does not jump while it loads.</summary>
public sealed record ImageViewModel(string Url, int Width, int Height, string Alt, string? Caption);

public sealed record NotFoundViewModel(SiteViewModel Site);
