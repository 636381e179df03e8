using System.Text;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Tests.Search;

public sealed class SearchBehaviourTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.News("old", "Lễ hội đền Thái Vi", "Lễ hội truyền thống.", "<p>Phần rước kiệu.</p>", new DateTime(2023, 3, 1, 0, 0, 0, DateTimeKind.Utc), ["kinh-te"]),
        TestIndex.News("new", "Lễ hội đền Thái Vi", "Lễ hội truyền thống.", "<p>Phần rước kiệu.</p>", new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
        TestIndex.News("page", "Giới thiệu lễ hội", "Trang giới thiệu.", "<p>Các lễ hội của huyện.</p>", new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc), type: "Page"),
        TestIndex.News("nfd", "Xã Gia Viễn".Normalize(NormalizationForm.FormD), "Tin về Gia Viễn".Normalize(NormalizationForm.FormD), "<p>Thân bài.</p>", new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc)),
    ]);

    [Fact]
    public void Equal_relevance_goes_to_the_newer_article() =>
        Assert.Equal(["new", "old"], _index.Find("đền Thái Vi").Hits.Select(h => h.ContentItemId));

    [Fact]
    public void Results_are_filtered_by_category_date_and_type_and_sorted_by_date_on_request()
    {
        Assert.Equal(["old"], _index.Find("lễ hội", category: "kinh-te").Hits.Select(h => h.ContentItemId));
        Assert.Equal(["new"], _index.Find("lễ hội", from: new DateOnly(2024, 1, 1), type: "DistrictNews").Hits.Select(h => h.ContentItemId));
        Assert.Equal(["page"], _index.Find("lễ hội", type: "Page").Hits.Select(h => h.ContentItemId));
        Assert.Equal(["new", "old", "page"], _index.Find("lễ hội", SearchSort.Newest).Hits.Select(h => h.ContentItemId));
        Assert.Equal(["Kinh tế"], _index.Find("lễ hội", category: "kinh-te").Hits[0].Categories);
    }

    [Fact]
    public void Highlights_land_on_the_original_letters_of_decomposed_text()
    {
        var hit = Assert.Single(_index.Find("gia vien").Hits);

        Assert.Equal(Codes($"Xã <mark>Gia</mark> <mark>{"Viễn".Normalize(NormalizationForm.FormD)}</mark>".Normalize(NormalizationForm.FormD)), Codes(hit.TitleHtml));
    }

    [Fact]
    public void Phrases_and_exclusions_follow_the_small_syntax()
    {
        Assert.Equal(["nfd"], _index.Find("\"gia viễn\"").Hits.Select(h => h.ContentItemId));
        Assert.Empty(_index.Find("\"vien gia\"").Hits);
        Assert.Equal(["page"], _index.Find("lễ hội -\"thái vi\"").Hits.Select(h => h.ContentItemId));
    }

    [Theory]
    [InlineData("", SearchProblem.Empty)]
    [InlineData("   ", SearchProblem.Empty)]
    [InlineData("?!... ,;", SearchProblem.NothingToSearch)]
    [InlineData("AND ( ] * ?~ \\", SearchProblem.None)]
    [InlineData("\"", SearchProblem.NothingToSearch)]
    [InlineData("-lễ", SearchProblem.NothingToSearch)]
    [InlineData("title:x OR body:[a TO z] {!} ~2 ^3", SearchProblem.None)]
    public void Unusable_input_gives_a_message_never_an_exception(string input, SearchProblem problem)
    {
        var results = _index.Find(input);

        Assert.Equal(problem, results.Problem);
        Assert.NotNull(results.Message);
    }

    [Fact]
    public void A_two_thousand_character_query_is_refused_politely() =>
        Assert.Equal(SearchProblem.TooLong, _index.Find(string.Concat(Enumerable.Repeat("gia viễn ", 250))).Problem);

    private static string Codes(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => _index.Dispose();
}
