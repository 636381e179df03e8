using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// Items of a type the search module knows nothing of, indexed by their field settings through the product's document
/// builder into a real Lucene index: full text, document codes however typed, keywords, filters, facets, sharing.
/// </summary>
public sealed class FieldIndexingTests : IDisposable
{
    private static readonly ContentFieldKinds Kinds = new([new TextField(), new MultiLineTextField(), new ChoiceField()]);

    private static readonly ContentDefinitions Definitions = new(
        [
            new ContentTypeDefinition { Name = "VanBan", DisplayName = "Văn bản", Parts = [BuiltInParts.Title, BuiltInParts.Autoroute, "VanBanPart"], Shareable = true },
            new ContentTypeDefinition { Name = "GhiChu", DisplayName = "Ghi chú", Parts = [BuiltInParts.Title, BuiltInParts.Autoroute, "GhiChuPart"] },
        ],
        [
            new ContentPartDefinition
            {
                Name = "VanBanPart",
                Fields =
                [
                    new ContentFieldDefinition { Name = "SoKyHieu", Kind = "Text", FullText = false, Code = true },
                    new ContentFieldDefinition { Name = "CoQuan", Kind = "Text", FullText = false, Keyword = true },
                    new ContentFieldDefinition { Name = "TrichYeu", Kind = "MultiLineText" },
                    new ContentFieldDefinition { Name = "Loai", Kind = "Choice", Filterable = true, Facet = true, Options = ["Quyết định", "Kế hoạch"] },
                ],
            },
            new ContentPartDefinition { Name = "GhiChuPart", Fields = [new ContentFieldDefinition { Name = "NoiDung", Kind = "MultiLineText" }] },
        ],
        Kinds);

    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-fields-").FullName;
    private readonly IndexGeneration _generation;
    // With the site's results cache: searches differing in scope, facets, filters or hidden types must not share a page.
    private readonly NewsSearch _search = new(new NewsQueryBuilder(TestIndex.Analyzer), new Snippets(TestIndex.Analyzer), Options.Create(new SearchOptions()),
        new SearchResultsCache(Options.Create(new SearchOptions())));

    public FieldIndexingTests()
    {
        var documents = new ContentDocuments([new NewsPartIndexContributor()], Kinds, TestIndex.Analyzer);
        _generation = IndexGeneration.Create(_folder, TestIndex.Analyzer, appliedSequence: 0);
        var items = new List<ContentItem>
        {
            VanBan("qd-125", "Quyết định phê duyệt kế hoạch chuyển đổi số", "125/QĐ-UBND", "UBND huyện Gia Viễn", "Phê duyệt kế hoạch chuyển đổi số năm 2025 của huyện Gia Viễn.", "Quyết định"),
            VanBan("kh-125", "Kế hoạch tổ chức Tết trồng cây", "125/KH-UBND", "UBND xã Gia Hòa", "Tổ chức Tết trồng cây tại 125 thôn xóm của huyện Gia Viễn.", "Kế hoạch"),
            VanBan("qd-1250", "Quyết định khen thưởng", "1250/QĐ-UBND", "UBND huyện Gia Viễn", "Khen thưởng tập thể có thành tích, quyết định số 125 của huyện Gia Viễn.", "Quyết định"),
            Item("ghi-chu", "GhiChu", "Ghi chú nội bộ", "GhiChuPart", new JsonObject { ["NoiDung"] = TextField.Create("Quyết định 125 UBND về chuyển đổi số, nội bộ huyện Gia Viễn") }),
            TestIndex.News("tin-125", "Tin: 125 hộ dân Gia Viễn nhận quyết định QĐ hỗ trợ", "Quyết định QĐ 125 của UBND.", "<p>QĐ 125 UBND.</p>", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        };
        _generation.AddAll(new ContentIndexBatch("default", items, Definitions, new Dictionary<string, string>(), alwaysShared: false), documents, threads: 1);
        _generation.Commit();
    }

    [Theory]
    [InlineData("125/QĐ-UBND")]
    [InlineData("125/qd-ubnd")]
    [InlineData("125 QĐ UBND")]
    [InlineData("QĐ 125")]
    [InlineData("qd125")]
    public void A_document_code_is_found_first_however_it_is_typed(string typed) =>
        Assert.Equal("qd-125", Find(new SearchRequest(typed)).Hits[0].ContentItemId);

    [Fact]
    public void A_code_field_without_full_text_is_not_matched_by_a_single_part() =>
        Assert.Empty(Find(new SearchRequest("KH")).Hits);

    [Fact]
    public void A_keyword_is_found_first_by_its_whole_value_without_diacritics()
    {
        var hits = Find(new SearchRequest("ubnd xa gia hoa")).Hits;

        Assert.Equal("kh-125", hits[0].ContentItemId);
        Assert.Empty(Find(new SearchRequest("Gia Hòa")).Hits);
    }

    [Fact]
    public void Full_text_fields_of_any_type_are_searched_and_make_the_snippet()
    {
        var hit = Assert.Single(Find(new SearchRequest("trồng cây", ContentType: "VanBan")).Hits, h => h.ContentItemId == "kh-125");

        Assert.Contains("<mark>trồng</mark> <mark>cây</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("ghi-chu", Assert.Single(Find(new SearchRequest("nội bộ")).Hits).ContentItemId);
    }

    [Fact]
    public void Filterable_fields_filter_case_aside_and_facets_count_every_match()
    {
        var all = Find(new SearchRequest("Gia Viễn", ContentType: "VanBan") { Facets = ["Loai"] });
        var filtered = Find(new SearchRequest("Gia Viễn") { Fields = new Dictionary<string, string> { ["Loai"] = "quyết định" } });

        Assert.Equal(3, all.Total);
        Assert.Equal(["qd-125", "qd-1250"], filtered.Hits.Select(h => h.ContentItemId).Order().ToArray());
        var facet = Assert.Single(all.Facets);
        Assert.Equal([("Quyết định", 2), ("Kế hoạch", 1)], facet.Values.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void The_district_view_holds_shareable_types_and_news_shared_by_its_editor_only()
    {
        var shared = _search.Search([Target()], new SearchRequest("Gia Viễn"), sharedOnly: true).Hits.Select(h => h.ContentItemId).Order().ToArray();

        Assert.Equal(["kh-125", "qd-125", "qd-1250"], shared);
    }

    [Fact]
    public void Hidden_types_are_left_out() =>
        Assert.DoesNotContain(Find(new SearchRequest("quyết định") { HiddenTypes = ["VanBan"] }).Hits, h => h.ContentType == "VanBan");

    private SearchResults Find(SearchRequest request) => _search.Search([Target()], request, sharedOnly: false);

    private SearchTarget Target() => new(new TenantRecord { Name = "xa-thu", DisplayName = "Xã thử" }, _generation, "");

    private static ContentItem VanBan(string id, string title, string code, string agency, string summary, string kind) =>
        Item(id, "VanBan", title, "VanBanPart", new JsonObject
        {
            ["SoKyHieu"] = TextField.Create(code),
            ["CoQuan"] = TextField.Create(agency),
            ["TrichYeu"] = TextField.Create(summary),
            ["Loai"] = new JsonObject { ["Text"] = kind },
        });

    private static ContentItem Item(string id, string type, string title, string part, JsonObject fields) => new()
    {
        ContentItemId = id,
        ContentType = type,
        DisplayText = title,
        Published = true,
        PublishedUtc = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        Content = new JsonObject
        {
            [BuiltInParts.Title] = new JsonObject { ["Title"] = title },
            [BuiltInParts.Autoroute] = new JsonObject { ["Path"] = "van-ban/" + id },
            [part] = fields,
        },
    };

    public void Dispose()
    {
        _generation.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
