using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Search.Querying;

public enum SearchSort
{
    Relevance = 0,
    Newest = 1,

    /// <summary>By a sortable field (<see cref="SearchRequest.SortField"/>), newest first among equal values.</summary>
    Field = 2,
}

/// <summary>A search as the visitor asked for it (query string of <c>/tim-kiem</c> and <c>/api/search</c>).</summary>
public sealed record SearchRequest(
    string? Query,
    int Page = 1,
    string? Category = null,
    string? ContentType = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchSort Sort = SearchSort.Relevance)
{
    /// <summary>Filterable fields and the value each must have (<c>?Level=Khẩn</c>, compared as the type's list does).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Facet fields whose values are counted over every match.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>With <see cref="SearchSort.Field"/>: the sortable field that orders the results.</summary>
    public string? SortField { get; init; }

    /// <summary>With <see cref="SearchSort.Field"/>: greatest value first; items without a value come last either way.</summary>
    public bool SortDescending { get; init; }

    /// <summary>
    /// "vi": the usual search, English items left out; "en": English items only, analysed as English (<see cref="EnglishQueries"/>).
    /// </summary>
    public string Language { get; init; } = Content.Parts.LocalizationPart.Vietnamese;

    /// <summary>Types left out (those of the tenant's disabled features).</summary>
    public IReadOnlyCollection<string> HiddenTypes { get; init; } = [];
}

/// <summary>Why a search was not run; the message is shown to the visitor.</summary>
public enum SearchProblem
{
    None = 0,
    Empty = 1,
    TooLong = 2,
    NothingToSearch = 3,
    IndexNotReady = 4,
}

/// <summary>An index to search and how to link its results: the current tenant, or each tenant of the district view.</summary>
public sealed record SearchTarget(TenantRecord Tenant, ISearcherSource Index, string BaseUrl)
{
    /// <summary>Types of this index not to be found: those the tenant switched off (another tenant's, in the district view).</summary>
    public IReadOnlySet<string> HiddenTypes { get; init; } = new HashSet<string>();
}

public sealed record SearchHit(
    string Tenant,
    string TenantDisplayName,
    string ContentItemId,
    string ContentType,
    string Title,
    string TitleHtml,
    string Url,
    string SnippetHtml,
    DateTime DateUtc,
    IReadOnlyList<string> Categories);

public sealed record SearchResults(string Query, int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, SearchProblem Problem)
{
    /// <summary>The counts of the facet fields asked for, in the order asked.</summary>
    public IReadOnlyList<FacetCount> Facets { get; init; } = [];

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public string? Message => Problem switch
    {
        SearchProblem.Empty => "Vui lòng nhập từ khóa cần tìm.",
        SearchProblem.TooLong => "Từ khóa quá dài, vui lòng nhập ngắn gọn hơn.",
        SearchProblem.NothingToSearch => "Từ khóa không có chữ hoặc số nào để tìm, vui lòng nhập lại.",
        SearchProblem.IndexNotReady => "Dữ liệu tìm kiếm đang được chuẩn bị, vui lòng thử lại sau ít phút.",
        _ => Total == 0 ? "Không tìm thấy kết quả phù hợp." : null,
    };

    public static SearchResults Failed(string query, int pageSize, SearchProblem problem) => new(query, 0, 1, pageSize, [], problem);
}
