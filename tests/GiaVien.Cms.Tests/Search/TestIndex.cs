using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// A real Lucene index in a temp folder, written by the product's document builder and searched by the product's search,
/// with the site's results cache (<paramref name="cache"/> false: without one, every search run in full).
/// </summary>
public sealed class TestIndex : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-index-").FullName;
    private readonly IndexGeneration _generation;

    public TestIndex(IEnumerable<ContentItem> items, bool cache = true)
    {
        _generation = IndexGeneration.Create(_folder, Analyzer, appliedSequence: 0);
        _generation.AddAll(items.ToList(), new Dictionary<string, string> { ["kinh-te"] = "Kinh tế" }, threads: 1);

        _generation.Commit();
        Cache = cache ? new SearchResultsCache(Options.Create(new SearchOptions())) : null;
        Search = new NewsSearch(new NewsQueryBuilder(Analyzer), new Snippets(Analyzer), Options.Create(new SearchOptions()), Cache);
    }

    public static VietnameseAnalyzer Analyzer { get; } = new();

    public NewsSearch Search { get; }

    public SearchResultsCache? Cache { get; }

    public IndexGeneration Generation => _generation;

    public SearchResults Find(string query, SearchSort sort = SearchSort.Relevance, string? category = null, DateOnly? from = null, DateOnly? to = null, string? type = null) =>
        Search.Search([new SearchTarget(new TenantRecord { Name = "xa-thu", DisplayName = "Xã thử" }, _generation, "")],
            new SearchRequest(query, 1, category, type, from, to, sort), sharedOnly: false);

    public static ContentItem News(string id, string title, string lead, string bodyHtml, DateTime publishedUtc, string[]? categories = null, string type = "DistrictNews") => new()
    {
        ContentItemId = id,
        ContentType = type,
        DisplayText = title,
        Published = true,
        PublishedUtc = publishedUtc,
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "tin-tuc/" + id },
            ["DistrictNewsPart"] = new JsonObject
            {
                ["Lead"] = new JsonObject { ["Text"] = lead },
                ["Body"] = new JsonObject { ["Html"] = bodyHtml },
                ["Categories"] = new JsonObject { ["TermContentItemIds"] = new JsonArray((categories ?? []).Select(c => (JsonNode)c).ToArray()) },
            },
        },
    };

    public void Dispose()
    {
        Cache?.Dispose();
        _generation.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
