using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The search form's options and a results page's facets are written from the markup kept beside their shared instances
/// (<see cref="SharedSearchFilters"/>, the theme's <c>{% kept_include 'Partials/SearchOptions' %}</c> and
/// <c>{% kept_include 'Partials/SearchFacets' %}</c>): each partial runs once per instance and sees nothing of the page
/// but its subject, an instance is shared only by values that show the same in the same tenant, and the search page is
/// byte for byte its golden file whether its options are kept or not.
/// </summary>
public sealed class KeptSearchFiltersTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-search-filters-").FullName;

    [Fact]
    public async Task Kept_options_and_facets_are_rendered_once_and_see_nothing_of_the_page_but_themselves()
    {
        var renderer = await KeptPartialsTests.ThemeAsync(_themes,
            ("Search", "{% kept_include 'Partials/SearchOptions' %}/{% kept_include 'Partials/SearchFacets' %}"),
            ("Partials/SearchOptions", "{% for option in form_options.items %}[{{ option }}|{{ query }}]{% endfor %}"),
            ("Partials/SearchFacets", "{% for facet in facet_list.items %}({{ facet }}|{{ query }}){% endfor %}"));
        var keptOptions = new KeptSearchHitsTests.CountedHits(["Kinh tế", "Văn hóa - Xã hội"]);
        var keptFacets = new KeptSearchHitsTests.CountedHits(["Cấp huyện (3)"]);
        KeptFragments.Keep(keptOptions);
        KeptFragments.Keep(keptFacets);
        var plainOptions = new KeptSearchHitsTests.CountedHits(["Tin tức"]);
        var plainFacets = new KeptSearchHitsTests.CountedHits(["Cấp xã (1)"]);

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("[Kinh tế|][Văn hóa - Xã hội|]/(Cấp huyện (3)|)", await renderer.RenderAsync("Search", new SearchModel(keptOptions, keptFacets, "lễ hội")));
            Assert.Equal("[Tin tức|đê]/(Cấp xã (1)|đê)", await renderer.RenderAsync("Search", new SearchModel(plainOptions, plainFacets, "đê")));
        }

        Assert.Equal(1, keptOptions.Reads);
        Assert.Equal(1, keptFacets.Reads);
        Assert.Equal(2, plainOptions.Reads);
        Assert.Equal(2, plainFacets.Reads);
    }

    [Fact]
    public void Options_share_an_instance_only_when_they_show_the_same_in_the_same_tenant()
    {
        var giaHoa = Shell("gia-hoa");
        var first = SharedSearchFilters.For(giaHoa, Options("kinh-te", "Kinh tế"));

        Assert.Same(first, SharedSearchFilters.For(giaHoa, Options("kinh-te", "Kinh tế")));
        Assert.NotSame(first, SharedSearchFilters.For(giaHoa, Options("kinh-te", "Kinh tế - Tài chính")));
        Assert.NotSame(first, SharedSearchFilters.For(giaHoa, Options("van-hoa", "Kinh tế")));
        Assert.NotSame(first, SharedSearchFilters.For(giaHoa, Options("kinh-te", "Kinh tế") with { ContentTypes = [new("Page", "Trang", Selected: true)] }));
        Assert.NotSame(first, SharedSearchFilters.For(Shell("gia-phu"), Options("kinh-te", "Kinh tế")));
        Assert.Same(first, SharedSearchFilters.For(giaHoa, Options("kinh-te", "Kinh tế")));
    }

    [Fact]
    public void Facets_share_an_instance_only_when_they_show_the_same_in_the_same_tenant()
    {
        var giaHoa = Shell("gia-hoa");
        var first = SharedSearchFilters.For(giaHoa, Facets("Cấp huyện", 3, "/gia-hoa/tim-kiem?q=x&Level=C%E1%BA%A5p%20huy%E1%BB%87n"));

        Assert.Same(first, SharedSearchFilters.For(giaHoa, Facets("Cấp huyện", 3, "/gia-hoa/tim-kiem?q=x&Level=C%E1%BA%A5p%20huy%E1%BB%87n")));
        // A publish (another count), another query (another link), another value.
        Assert.NotSame(first, SharedSearchFilters.For(giaHoa, Facets("Cấp huyện", 4, "/gia-hoa/tim-kiem?q=x&Level=C%E1%BA%A5p%20huy%E1%BB%87n")));
        Assert.NotSame(first, SharedSearchFilters.For(giaHoa, Facets("Cấp huyện", 3, "/gia-hoa/tim-kiem?q=y&Level=C%E1%BA%A5p%20huy%E1%BB%87n")));
        Assert.NotSame(first, SharedSearchFilters.For(giaHoa, Facets("Cấp xã", 3, "/gia-hoa/tim-kiem?q=x&Level=C%E1%BA%A5p%20huy%E1%BB%87n")));
        Assert.NotSame(first, SharedSearchFilters.For(Shell("gia-phu"), Facets("Cấp huyện", 3, "/gia-hoa/tim-kiem?q=x&Level=C%E1%BA%A5p%20huy%E1%BB%87n")));
        Assert.Same(first, SharedSearchFilters.For(giaHoa, Facets("Cấp huyện", 3, "/gia-hoa/tim-kiem?q=x&Level=C%E1%BA%A5p%20huy%E1%BB%87n")));

        // A page without facets writes none: nothing to keep.
        var none = new SearchFacetListViewModel([]);
        Assert.Same(none, SharedSearchFilters.For(giaHoa, none));
    }

    [Theory]
    [InlineData("Search")]
    [InlineData("SearchEnglish")]
    public async Task A_search_page_whose_options_are_kept_is_its_golden_file_when_they_are_made_and_when_they_are_written_again(string name)
    {
        KeptFragments.Keep(ThemeGoldenTests.SearchFormOptions);

        await KeptPartialsTests.AssertGoldenWhenMadeAndWrittenAgainAsync(name);
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    // New lists and new strings each time, as each request builds them.
    private static SearchFormOptionsViewModel Options(string chosen, string title) =>
        new([new("kinh-te", new string(title.AsSpan()), chosen == "kinh-te"), new("van-hoa", "Văn hóa - Xã hội", chosen == "van-hoa")], [new("Page", "Trang", false)]);

    private static SearchFacetListViewModel Facets(string value, int count, string url) =>
        new([new SearchFacetViewModel("Cấp thực hiện", [new SearchFacetValueViewModel(new string(value.AsSpan()), count, new string(url.AsSpan()), false)])]);

    private static ShellContext Shell(string name) =>
        new(new TenantRecord { Name = name, DisplayName = name }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp");

    public sealed record SearchModel(KeptSearchHitsTests.CountedHits FormOptions, KeptSearchHitsTests.CountedHits FacetList, string Query);
}
