using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>One item being indexed: what a contributor reads, and the document it adds to.</summary>
public sealed class ContentIndexContext(ContentItem item, ContentTypeDefinition? type, ContentIndexBatch batch, ContentDocument document)
{
    private readonly HashSet<string> _claimedParts = new(StringComparer.Ordinal);

    public ContentItem Item { get; } = item;

    /// <summary>The item's type, or null when the tenant no longer defines it.</summary>
    public ContentTypeDefinition? Type { get; } = type;

    public ContentIndexBatch Batch { get; } = batch;

    public ContentDocument Document { get; } = document;

    /// <summary>
    /// Says that a contributor indexes this part's fields itself: the generic indexing by field settings then leaves
    /// them alone (the news part ranks its lead and body as it always has).
    /// </summary>
    public void ClaimPart(string partName) => _claimedParts.Add(partName);

    public bool IsClaimed(string partName) => _claimedParts.Contains(partName);
}
