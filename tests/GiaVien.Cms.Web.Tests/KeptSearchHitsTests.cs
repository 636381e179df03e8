using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A search page's hits are written from the markup kept beside their shared instance (<see cref="SharedSearchHits"/>,
/// the theme's <c>{% kept_include 'Partials/SearchHits' %}</c>): the partial runs once per instance and sees nothing of
/// the page but the hits, an instance is shared only by hits that show the same in the same tenant, and the search pages
/// are byte for byte their golden files whether their hits are kept or not.
/// </summary>
public sealed class KeptSearchHitsTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-kept-search-").FullName;

    [Fact]
    public async Task Kept_hits_are_rendered_once_and_see_nothing_of_the_page_but_the_hits()
    {
        var renderer = await KeptPartialsTests.ThemeAsync(_themes,
            ("Search", "{% kept_include 'Partials/SearchHits' %}"),
            ("Partials/SearchHits", "{% for hit in hit_list.items %}[{{ hit }}|{{ query }}]{% endfor %}"));
        var kept = new CountedHits(["Lễ hội chùa Bái Đính", "Tràng An"]);
        KeptFragments.Keep(kept);
        var plain = new CountedHits(["Đê sông Hoàng Long"]);

        for (var render = 0; render < 2; render++)
        {
            Assert.Equal("[Lễ hội chùa Bái Đính|][Tràng An|]", await renderer.RenderAsync("Search", new SearchModel(kept, "lễ hội")));
            Assert.Equal("[Đê sông Hoàng Long|đê]", await renderer.RenderAsync("Search", new SearchModel(plain, "đê")));
        }

        Assert.Equal(1, kept.Reads);
        Assert.Equal(2, plain.Reads);
    }

    [Fact]
    public void Hits_share_an_instance_only_when_they_show_the_same_in_the_same_tenant()
    {
        var giaHoa = Shell("gia-hoa");
        var first = SharedSearchHits.For(giaHoa, Hits("… giao thông <mark>nông thôn</mark> …"));

        Assert.Same(first, SharedSearchHits.For(giaHoa, Hits("… giao thông <mark>nông thôn</mark> …")));
        Assert.NotSame(first, SharedSearchHits.For(giaHoa, Hits("… giao thông <mark>nông thôn</mark> mới …")));
        Assert.NotSame(first, SharedSearchHits.For(Shell("gia-phu"), Hits("… giao thông <mark>nông thôn</mark> …")));
        Assert.Same(first, SharedSearchHits.For(giaHoa, Hits("… giao thông <mark>nông thôn</mark> …")));
    }

    [Theory]
    [InlineData("Search")]
    [InlineData("SearchEnglish")]
    public async Task A_search_page_whose_hits_are_kept_is_its_golden_file_when_they_are_made_and_when_they_are_written_again(string name)
    {
        KeptFragments.Keep(name == "Search" ? ThemeGoldenTests.SearchHits : ThemeGoldenTests.SearchEnglishHits);

        await KeptPartialsTests.AssertGoldenWhenMadeAndWrittenAgainAsync(name);
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    // A new list and new strings each time, as each request builds them.
    private static SearchHitListViewModel Hits(string snippet) =>
        new([new SearchHitViewModel("Ra quân làm giao thông", "/gia-hoa/tin-tuc/" + "ra-quan", new string(snippet.AsSpan()), "Thứ hai, 26/02/2024",
            "2024-02-26T08:00:00+07:00", "Kinh tế", null)]);

    private static ShellContext Shell(string name) =>
        new(new TenantRecord { Name = name, DisplayName = name }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp");

    public sealed record SearchModel(CountedHits HitList, string Query);

    /// <summary>Counts how often a template read the hits: once per render of the partial.</summary>
    public sealed class CountedHits(IReadOnlyList<string> items)
    {
        private int _reads;

        public int Reads => _reads;

        public IReadOnlyList<string> Items
        {
            get
            {
                Interlocked.Increment(ref _reads);
                return items;
            }
        }
    }
}
