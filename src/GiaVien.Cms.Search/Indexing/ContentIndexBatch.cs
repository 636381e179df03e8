using System.Collections.Concurrent;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>Items indexed together, with what every document of them may need: the tenant's definitions and category names.</summary>
public sealed class ContentIndexBatch(IReadOnlyList<ContentItem> items, ContentDefinitions definitions, IReadOnlyDictionary<string, string> categoryTitles,
    bool alwaysShared)
{
    private readonly ConcurrentDictionary<IContentIndexContributor, object> _prepared = new();

    public IReadOnlyList<ContentItem> Items { get; } = items;

    /// <summary>Every type of the tenant, those of disabled features too (their items stay indexed; searches leave them out).</summary>
    public ContentDefinitions Definitions { get; } = definitions;

    /// <summary>Term id → title of every taxonomy term of the tenant ("kinh-te" → "Kinh tế").</summary>
    public IReadOnlyDictionary<string, string> CategoryTitles { get; } = categoryTitles;

    /// <summary>The district's own items: shown on the district portal whether their type shares them or not.</summary>
    public bool AlwaysShared { get; } = alwaysShared;

    /// <summary>Keeps what a contributor read in <see cref="IContentIndexContributor.PrepareAsync"/>.</summary>
    public void Keep(IContentIndexContributor contributor, object prepared) => _prepared[contributor] = prepared;

    /// <summary>What <paramref name="contributor"/> kept for this batch, or null.</summary>
    public T? Prepared<T>(IContentIndexContributor contributor)
        where T : class => _prepared.GetValueOrDefault(contributor) as T;
}
