namespace GiaVien.Cms.Web.Site;

// Models handed to the Liquid views; templates see the properties in snake_case ({{ site.site_name }}).

public sealed record SiteViewModel(string SiteName, string BannerText, string BasePath, string? Address, string? Phone, string? Email);

public sealed record LayoutViewModel(SiteViewModel Site, string? Title, string? Description);

public sealed record NewsSummaryViewModel(string Title, string Url, string DateLine, string IsoDate, string? Lead);

public sealed record HomeViewModel(SiteViewModel Site, IReadOnlyList<NewsSummaryViewModel> News);

public sealed record ArticleViewModel(
    SiteViewModel Site, string Title, string DateLine, string IsoDate, string? Lead, string BodyHtml, string? Byline, string? Source);

public sealed record NotFoundViewModel(SiteViewModel Site);

public sealed record SearchHitViewModel(string TitleHtml, string Url, string SnippetHtml, string DateLine, string IsoDate, string Categories, string? TenantName);

public sealed record SearchPageViewModel(
    SiteViewModel Site, string Query, string? Message, int Total, IReadOnlyList<SearchHitViewModel> Hits,
    string? PreviousUrl, string? NextUrl, string? PageLabel, bool CanSearchDistrict, bool IsDistrict);
