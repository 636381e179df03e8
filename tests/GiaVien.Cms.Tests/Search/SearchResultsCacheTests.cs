using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Lucene.Net.Index;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// Results pages kept by the readers they were found in (<see cref="SearchResultsCache"/>): a repeated search is the
/// kept page, any change to an index (or to a district member's) is found at once, no two requests share a page, a
/// tenant's name and address are the current ones, and the kept bytes stay within the bound.
/// </summary>
public sealed class SearchResultsCacheTests : IDisposable
{
    private static readonly DateTime Published = new(2024, 3, 4, 2, 0, 0, DateTimeKind.Utc);

    private readonly TestIndex _index = new(Enumerable.Range(1, 25).Select(i => TestIndex.News($"le-hoi-{i}", $"Lễ hội làng số {i}",
        i % 2 == 0 ? "Lễ hội truyền thống của thôn." : "Phần rước kiệu trong lễ hội.", "<p>Nội dung lễ hội.</p>", Published.AddDays(-i),
        i % 3 == 0 ? ["kinh-te"] : null, i % 5 == 0 ? "Page" : "DistrictNews")));

    private readonly TestIndex _member = new([TestIndex.News("cau", "Khánh thành cầu dân sinh", "Cầu do nhân dân góp công.", "<p>Lễ hội mừng cầu mới.</p>", Published)]);

    [Fact]
    public void A_repeated_search_is_the_kept_page()
    {
        var first = _index.Find("lễ hội làng");
        var second = _index.Find("lễ hội làng");

        Assert.Same(first.Hits[0].SnippetHtml, second.Hits[0].SnippetHtml);
        Assert.Equal(1, _index.Cache!.Count);
    }

    [Fact]
    public void A_repeated_search_is_answered_before_its_text_is_parsed_and_analysed()
    {
        // Many syllables: building the query (parsing, analysing, a clause a syllable and a pair) is most of the work.
        const string text = "khánh thành cầu dân sinh do nhân dân góp công xây dựng";
        var builder = new NewsQueryBuilder(TestIndex.Analyzer);
        Assert.Single(_member.Find(text).Hits); // kept, and every path on the way run once
        builder.Build(UserQuery.Parse(text), LocalizationPart.Vietnamese);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.NotNull(builder.Build(UserQuery.Parse(text), LocalizationPart.Vietnamese));
        var building = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Single(_member.Find(text).Hits);
        var answering = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(answering < building, $"The kept page's answer allocated {answering} bytes, building its query alone {building}.");
    }

    [Fact]
    public void A_publish_an_edit_and_an_unpublish_are_found_at_once()
    {
        Assert.Equal(["cau"], _member.Find("cầu dân sinh").Hits.Select(h => h.ContentItemId));

        Publish(_member, TestIndex.News("cau-2", "Nghiệm thu cầu dân sinh thôn Đông", "Cầu mới.", "<p>Nội dung.</p>", Published.AddDays(1)));
        Assert.Equal(["cau", "cau-2"], _member.Find("cầu dân sinh").Hits.Select(h => h.ContentItemId).Order());

        Publish(_member, TestIndex.News("cau-2", "Thông xe cầu dân sinh thôn Đông", "Cầu mới.", "<p>Nội dung.</p>", Published.AddDays(1)));
        Assert.StartsWith("Thông xe", Assert.Single(_member.Find("cầu dân sinh").Hits, h => h.ContentItemId == "cau-2").Title, StringComparison.Ordinal);

        _member.Generation.Writer.DeleteDocuments(new Term(NewsFields.Id, "cau-2"));
        _member.Generation.Commit();
        Assert.Equal(["cau"], _member.Find("cầu dân sinh").Hits.Select(h => h.ContentItemId));
    }

    [Fact]
    public void Requests_differing_in_any_part_never_share_a_page()
    {
        SearchRequest[] requests =
        [
            new("lễ hội"), new("lễ hội", Page: 2), new("lễ hội", Page: 3), new("lễ hội ", Page: 2), new("Lễ hội"), new("lễ hội làng"),
            new("lễ hội", Category: "kinh-te"), new("lễ hội", ContentType: "Page"), new("lễ hội", ContentType: "DistrictNews"),
            new("lễ hội", From: DateOnly.FromDateTime(Published.AddDays(-10))), new("lễ hội", To: DateOnly.FromDateTime(Published.AddDays(-10))),
            new("lễ hội", Sort: SearchSort.Newest), new("lễ hội", Page: 2, Sort: SearchSort.Newest),
            new("lễ hội") { HiddenTypes = ["Page"] }, new("lễ hội") { HiddenTypes = ["DistrictNews"] },
            new("lễ hội") { Language = LocalizationPart.English },
        ];
        var uncached = new NewsSearch(new NewsQueryBuilder(TestIndex.Analyzer), new Snippets(TestIndex.Analyzer), Options.Create(new SearchOptions()));

        for (var round = 0; round < 2; round++)
        {
            foreach (var request in requests)
            {
                foreach (var sharedOnly in new[] { false, true })
                {
                    Assert.Equal(Shown(uncached.Search([Target(_index, "Xã thử")], request, sharedOnly)),
                        Shown(_index.Search.Search([Target(_index, "Xã thử")], request, sharedOnly)));
                }
            }
        }

        // One page per request and scope, but "lễ hội " is "lễ hội" trimmed (on its page 2).
        Assert.Equal((requests.Length - 1) * 2, _index.Cache!.Count);
    }

    [Fact]
    public void A_district_page_follows_each_member_and_its_current_name()
    {
        var search = _index.Search;
        SearchResults Find(string memberName) => search.Search([Target(_index, "Xã thử"), Target(_member, memberName)], new SearchRequest("cầu dân sinh"), sharedOnly: false);

        Assert.Equal(["cau"], Find("Xã Gia Hòa").Hits.Select(h => h.ContentItemId));
        Assert.Equal("Xã Gia Hòa mới", Find("Xã Gia Hòa mới").Hits[0].TenantDisplayName);

        Publish(_member, TestIndex.News("cau-2", "Nghiệm thu cầu dân sinh thôn Đông", "Cầu mới.", "<p>Nội dung.</p>", Published.AddDays(1)));
        Assert.Equal(["cau", "cau-2"], Find("Xã Gia Hòa").Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal("/gia-hoa/tin-tuc/cau-2", Assert.Single(Find("Xã Gia Hòa").Hits, h => h.ContentItemId == "cau-2").Url);
    }

    [Fact]
    public void A_kept_page_is_the_same_instance_until_what_it_shows_of_a_tenant_changes()
    {
        var search = _index.Search;
        SearchResults Find(string memberName, string memberBase = "/gia-hoa") => search.Search([Target(_index, "Xã thử"), Target(_member, memberName) with { BaseUrl = memberBase }],
            new SearchRequest("cầu dân sinh"), sharedOnly: false);

        Find("Xã Gia Hòa"); // found and kept
        var shown = Find("Xã Gia Hòa");

        Assert.Same(shown, Find("Xã Gia Hòa"));
        var renamed = Find("Xã Gia Hòa mới");
        Assert.NotSame(shown, renamed);
        Assert.Equal("Xã Gia Hòa mới", renamed.Hits[0].TenantDisplayName);
        Assert.Same(renamed, Find("Xã Gia Hòa mới"));
        var moved = Find("Xã Gia Hòa mới", "/xa-gia-hoa");
        Assert.NotSame(renamed, moved);
        Assert.Equal("/xa-gia-hoa/tin-tuc/cau", moved.Hits[0].Url);
    }

    [Fact]
    public void The_kept_pages_stay_within_their_bytes()
    {
        // A page of ten hits counts several kilobytes (its strings as UTF-16, overheads, and the copy last shown).
        const long bytes = 16 * 1024;
        using var cache = new SearchResultsCache(Options.Create(new SearchOptions { ResultsCacheBytes = bytes }));
        var search = new NewsSearch(new NewsQueryBuilder(TestIndex.Analyzer), new Snippets(TestIndex.Analyzer), Options.Create(new SearchOptions()), cache);

        for (var i = 1; i <= 25; i++)
        {
            search.Search([Target(_index, "Xã thử")], new SearchRequest($"lễ hội làng số {i}"), sharedOnly: false);
            Assert.InRange(cache.Count, 0, bytes / 512); // every page counts at least its 512 bytes of overhead
        }

        Assert.NotEqual(0, cache.Count);
    }

    private static SearchTarget Target(TestIndex index, string displayName) =>
        new(new TenantRecord { Name = displayName == "Xã thử" ? "xa-thu" : "gia-hoa", DisplayName = displayName }, index.Generation, displayName == "Xã thử" ? "" : "/gia-hoa");

    private static void Publish(TestIndex index, ContentItem item)
    {
        index.Generation.Writer.DeleteDocuments(new Term(NewsFields.Id, item.ContentItemId));
        index.Generation.AddAll([item], new Dictionary<string, string>(), threads: 1);
        index.Generation.Commit();
    }

    private static string Shown(SearchResults results) =>
        $"{results.Query}|{results.Total}|{results.Page}|{results.Problem}|" + string.Join("\n", results.Hits.Select(h =>
            $"{h.Tenant} {h.TenantDisplayName} {h.ContentItemId} {h.ContentType} {h.TitleHtml} {h.Url} {h.SnippetHtml} {h.DateUtc:O} {string.Join(",", h.Categories)}"));

    public void Dispose()
    {
        _index.Dispose();
        _member.Dispose();
    }
}
