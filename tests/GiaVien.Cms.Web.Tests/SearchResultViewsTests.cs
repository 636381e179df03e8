using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Querying;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A results page's hits and facet links kept per tenant for the results instance the search answered with
/// (<see cref="SearchResultViews"/>): built once for the same instance shown at the same address, in the same language
/// and scope, with the same searchable fields; built again when any of those differs or in another tenant.
/// </summary>
public sealed class SearchResultViewsTests
{
    private static readonly object Fields = new List<(string, string)> { ("Level", "Cấp thực hiện") };

    [Fact]
    public void Hits_and_links_are_built_once_for_the_same_results_shown_at_the_same_address()
    {
        var giaHoa = Shell("gia-hoa");
        var results = Results();
        var page = Page();
        var builds = 0;
        (SearchHitListViewModel, SearchFacetListViewModel) Build()
        {
            builds++;
            return (new([new("<mark>Lễ hội</mark>", "/gia-hoa/tin-tuc/le-hoi", "…", "04/03/2024", "2024-03-04T09:00:00+07:00", "", null)]), new([]));
        }

        var first = SearchResultViews.For(giaHoa, results, page, Build);
        Assert.Equal(first, SearchResultViews.For(giaHoa, results, page with { Query = new string(page.Query.AsSpan()) }, Build));
        Assert.Equal(1, builds);

        // Another results instance (a publish, a new reader, a commune renamed), language, scope, address or fields; another tenant.
        SearchResultViews.For(giaHoa, Results(), page, Build);
        SearchResultViews.For(giaHoa, results, page with { Language = "en" }, Build);
        SearchResultViews.For(giaHoa, results, page with { IsDistrict = true }, Build);
        SearchResultViews.For(giaHoa, results, page with { PathBase = "/gia-phu" }, Build);
        SearchResultViews.For(giaHoa, results, page with { Path = "/en/search" }, Build);
        SearchResultViews.For(giaHoa, results, page with { Query = "?q=L%E1%BB%85%20h%E1%BB%99i&Level=C%E1%BA%A5p%20huy%E1%BB%87n" }, Build);
        SearchResultViews.For(giaHoa, results, page with { SearchableFacets = new List<(string, string)> { ("Level", "Cấp thực hiện") } }, Build);
        SearchResultViews.For(Shell("gia-phu"), results, page, Build);
        Assert.Equal(9, builds);

        Assert.Equal(first, SearchResultViews.For(giaHoa, results, page, Build));
        Assert.Equal(9, builds);
    }

    [Fact]
    public void A_page_without_hits_is_not_kept()
    {
        var giaHoa = Shell("gia-hoa");
        var nothing = new SearchResults("đê", 0, 1, 10, [], SearchProblem.None);
        var builds = 0;
        (SearchHitListViewModel, SearchFacetListViewModel) Build()
        {
            builds++;
            return (new([]), new([]));
        }

        SearchResultViews.For(giaHoa, nothing, Page(), Build);
        SearchResultViews.For(giaHoa, nothing, Page(), Build);

        Assert.Equal(2, builds);
    }

    [Fact]
    public void A_tenant_keeps_at_most_its_bound()
    {
        var giaHoa = Shell("gia-hoa");
        var first = Results();
        var builds = 0;
        (SearchHitListViewModel, SearchFacetListViewModel) Build()
        {
            builds++;
            return (new([]), new([]));
        }

        SearchResultViews.For(giaHoa, first, Page(), Build);
        for (var i = 0; i < SearchResultViews.MaxPerTenant; i++)
        {
            SearchResultViews.For(giaHoa, Results(), Page(), Build);
        }

        SearchResultViews.For(giaHoa, first, Page(), Build);
        Assert.Equal(SearchResultViews.MaxPerTenant + 2, builds);
    }

    private static SearchResults Results() =>
        new("lễ hội", 1, 1, 10, [new("gia-hoa", "Xã Gia Hòa", "le-hoi", "DistrictNews", "Lễ hội", "<mark>Lễ hội</mark>", "/gia-hoa/tin-tuc/le-hoi", "…", new DateTime(2024, 3, 4, 2, 0, 0, DateTimeKind.Utc), [])],
            SearchProblem.None);

    private static SearchResultViews.ShownAt Page() => new("vi", false, "/gia-hoa", "/tim-kiem", "?q=L%E1%BB%85%20h%E1%BB%99i", Fields);

    private static ShellContext Shell(string name) =>
        new(new TenantRecord { Name = name, DisplayName = name }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp");
}
