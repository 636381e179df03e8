using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// News search: <c>/tim-kiem</c> (a page of the theme) and <c>/api/search</c> (JSON), over the current tenant
/// or, with <c>scope=district</c> on the district portal, over every tenant sharing its news. Rate-limited per client.
/// <c>/en/search</c> is the same page in English over the English items (<c>lang=en</c> of the JSON).
/// </summary>
public static class SearchEndpoints
{
    /// <summary>The English search page, below the tenant's prefix.</summary>
    public const string EnglishPath = "en/search";

    private static readonly string[] FilterKeys = ["category", "type", "from", "to", "sort"];

    public static void MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", ApiAsync).RequireRateLimiting(SearchServiceCollectionExtensions.RateLimitPolicy);
        endpoints.MapGet("/tim-kiem", PageAsync).RequireRateLimiting(SearchServiceCollectionExtensions.RateLimitPolicy);
        endpoints.MapGet("/" + EnglishPath, PageAsync).RequireRateLimiting(SearchServiceCollectionExtensions.RateLimitPolicy);
    }

    /// <summary>Problem details like every API error; <c>error</c> repeats the message for clients written before.</summary>
    private static IResult BadSearch(string? message) => Results.Problem(detail: message, title: "Yêu cầu tìm kiếm không hợp lệ",
        statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["error"] = message });

    private static async Task<IResult> ApiAsync(HttpContext context, SearchScopes scopes, NewsSearch search, ContentDefinitionStore definitions, Tenants.CmsMetrics metrics)
    {
        var (request, district, error) = SearchQueryString.Parse(context.Request.Query);
        if (error is not null)
        {
            return BadSearch(error);
        }

        var fields = await SearchFieldScope.ReadAsync(context.Request.Query, request.ContentType, definitions, context.RequestAborted);
        if (fields.SortError is not null)
        {
            return BadSearch(fields.SortError);
        }

        request = fields.Apply(request);

        var (targets, isDistrict) = await scopes.TargetsAsync(district, context.Request.PathBase.Value ?? "", context.RequestAborted);
        var results = metrics.Search(targets[0].Tenant.Name, isDistrict, () => search.Search(targets, request, sharedOnly: isDistrict));
        if (results.Problem == SearchProblem.TooLong)
        {
            return BadSearch(results.Message);
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            query = results.Query,
            scope = isDistrict ? "district" : "tenant",
            total = results.Total,
            page = results.Page,
            pageSize = results.PageSize,
            pageCount = results.PageCount,
            message = results.Message,
            facets = results.Facets.Select(f => new
            {
                field = f.Field,
                label = fields.Facets.First(x => x.Name == f.Field).Label,
                values = f.Values.Select(v => new { value = v.Value, count = v.Count }),
            }),
            results = results.Hits.Select(h => new
            {
                title = h.Title,
                titleHtml = h.TitleHtml,
                url = h.Url,
                snippet = h.SnippetHtml,
                date = NewsPresenter.Iso(h.DateUtc),
                dateLine = Localization.SearchWords.DateLine(h.DateUtc, request.Language),
                categories = h.Categories,
                contentType = h.ContentType,
                tenant = h.Tenant,
                tenantName = h.TenantDisplayName,
            }),
        });
    }

    private static async Task<IResult> PageAsync(HttpContext context, SearchScopes scopes, NewsSearch search, PageRenderer renderer, ContentDefinitionStore definitions,
        Tenants.CmsMetrics metrics, Tenants.ShellScope shell)
    {
        var site = await renderer.SiteAsync(context);
        var words = renderer.Words(site.Language);
        var (request, district, error) = SearchQueryString.Parse(context.Request.Query);
        var fields = await SearchFieldScope.ReadAsync(context.Request.Query, request.ContentType, definitions, context.RequestAborted);
        error ??= fields.SortError;
        // The page's address decides its language: /en/search searches the English items whatever lang= says.
        request = fields.Apply(request) with { Language = site.Language };
        var (targets, isDistrict) = await scopes.TargetsAsync(district, site.BasePath, context.RequestAborted);
        var results = error is null ? metrics.Search(targets[0].Tenant.Name, isDistrict, () => search.Search(targets, request, sharedOnly: isDistrict)) : null;
        var (hits, facets) = results is null ? (new SearchHitListViewModel([]), new SearchFacetListViewModel([]))
            : SearchResultViews.For(shell.Shell, results,
                new(site.Language, isDistrict, context.Request.PathBase.Value, context.Request.Path.Value, context.Request.QueryString.Value, fields.Facets),
                () => (SharedSearchHits.For(shell.Shell, Hits(results, site.Language, isDistrict)), SharedSearchFilters.For(shell.Shell, FacetLinks(context, fields, results))));
        var filters = await FiltersAsync(context, request, renderer, definitions, fields, facets);
        var model = new SearchPageViewModel(
            site,
            request.Query ?? "",
            Localization.SearchWords.Message(site.Language, error, results, words),
            results?.Total ?? 0,
            hits,
            results is { Page: > 1 } ? PageLink(context, results.Page - 1) : null,
            results is not null && results.Page < results.PageCount ? PageLink(context, results.Page + 1) : null,
            results is { PageCount: > 1 } ? Localization.SearchWords.PageLabel(results, words) : null,
            targets[0].Tenant.IsDefault,
            isDistrict,
            filters)
        {
            English = site.Language == Content.Parts.LocalizationPart.English,
            FormOptions = SharedSearchFilters.For(shell.Shell, new SearchFormOptionsViewModel(filters.Categories, filters.ContentTypes)),
            FacetList = facets,
        };
        return await renderer.PageAsync("Search", model, site, renderer.Metadata(context, words["search_results"]), statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<SearchFiltersViewModel> FiltersAsync(HttpContext context, SearchRequest request, PageRenderer renderer, ContentDefinitionStore definitions,
        SearchFieldScope fields, SearchFacetListViewModel facets)
    {
        var query = context.Request.Query;
        var categories = SearchFormChoices.Categories(await renderer.CategoriesAsync(context.RequestAborted), request.Category);
        var types = SearchFormChoices.Types(await definitions.LoadAsync(context.RequestAborted), request.ContentType);
        var filtered = fields.Filters.Count > 0 || FilterKeys.Any(key => SearchQueryString.Value(query, key) is not null);
        return new SearchFiltersViewModel(categories, types, SearchQueryString.Value(query, "from") ?? "", SearchQueryString.Value(query, "to") ?? "",
            request.Sort == SearchSort.Newest, filtered ? Link(context, query.Where(q => q.Key is "q" or "scope")) : null)
        {
            Fields = fields.Filters.Select(f => new SearchOptionViewModel(f.Key, f.Value, Selected: true)).ToList(),
            Facets = facets.Items,
        };
    }

    private static SearchHitListViewModel Hits(SearchResults results, string language, bool isDistrict) =>
        new(results.Hits.Select(h => new SearchHitViewModel(h.TitleHtml, h.Url, h.SnippetHtml, Localization.SearchWords.DateLine(h.DateUtc, language),
            NewsPresenter.Iso(h.DateUtc), string.Join(", ", h.Categories), isDistrict ? h.TenantDisplayName : null)).ToList());

    // Each value of a facet links to the same search filtered on it (the first page): the page's query string without
    // its page and that field, made once a facet, then the field's value added for each of its values.
    private static SearchFacetListViewModel FacetLinks(HttpContext context, SearchFieldScope fields, SearchResults results) =>
        new(results.Facets.Where(f => f.Values.Count > 0).Select(f =>
        {
            var path = context.Request.PathBase + context.Request.Path;
            var others = Microsoft.AspNetCore.Http.QueryString.Create(context.Request.Query.Where(q => q.Key != "page" && q.Key != f.Field));
            return new SearchFacetViewModel(fields.Facets.First(x => x.Name == f.Field).Label,
                f.Values.Select(v => new SearchFacetValueViewModel(v.Value, v.Count, path + others.Add(f.Field, v.Value),
                    string.Equals(fields.Filters.GetValueOrDefault(f.Field), v.Value, StringComparison.OrdinalIgnoreCase))).ToList());
        }).ToList());

    private static string PageLink(HttpContext context, int page)
    {
        var query = context.Request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => q.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Link(context, query);
    }

    private static string Link(HttpContext context, IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query) =>
        context.Request.PathBase + context.Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query);
}
