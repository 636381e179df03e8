using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Search.Bench;

/// <summary>The product's document builder as a tenant with the news type runs it, without a database (no contributor reads one).</summary>
public static class NewsIndexing
{
    private static readonly ContentFieldKinds Kinds = new([]);

    public static ContentDocuments Documents { get; } = new([new NewsPartIndexContributor()], Kinds, new VietnameseAnalyzer());

    private static readonly ContentDefinitions Definitions = new(
        [new ContentTypeDefinition { Name = NewsPart.TypeName, DisplayName = "Tin tức", Parts = [BuiltInParts.Title, BuiltInParts.Autoroute, NewsPart.Name], RoutePrefix = "tin-tuc" }],
        [], Kinds);

    public static ContentIndexBatch Batch(IReadOnlyList<ContentItem> items, IReadOnlyDictionary<string, string> categoryTitles) =>
        new("bench", items, Definitions, categoryTitles, alwaysShared: false);

    /// <summary>Adds the items to <paramref name="generation"/> as a rebuild does.</summary>
    public static void AddAll(this IndexGeneration generation, IReadOnlyList<ContentItem> items, IReadOnlyDictionary<string, string> categoryTitles, int threads) =>
        generation.AddAll(Batch(items, categoryTitles), Documents, threads);
}
