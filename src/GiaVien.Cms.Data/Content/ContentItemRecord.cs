namespace GiaVien.Cms.Data.Content;

/// <summary>
/// One version of a content item. Every save adds a row; at most one row per item is
/// <see cref="Published"/> and exactly one is <see cref="Latest"/>. Parts and fields live in
/// <see cref="Data"/> as JSON (the Orchard Core document shape); the other columns exist to be queried.
/// The item's workflow state, schedule and trash flag are kept on its latest version.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentItemVersionId { get; set; }

    /// <summary>1 for the first version of the item, then 2, 3…: unique per item, and the optimistic concurrency token of editing.</summary>
    public int Number { get; set; }
    public required string ContentType { get; set; }
    public required string DisplayText { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }

    /// <summary>Who created the item (its first version).</summary>
    public string? Owner { get; set; }

    /// <summary>Who saved this version.</summary>
    public string? Author { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The editor's display date (a copy of the JSON's, so lists can order by it): null when none was given.</summary>
    public DateTime? DisplayDateUtc { get; set; }
    public WorkflowState WorkflowState { get; set; }

    /// <summary>The editor's note when a submission was returned to its author.</summary>
    public string? ReviewComment { get; set; }
    public DateTime? ScheduledPublishUtc { get; set; }
    public DateTime? ScheduledUnpublishUtc { get; set; }

    /// <summary>When an editor pinned the item to "Tin nổi bật" (set on every version of the item); null when not pinned.</summary>
    public DateTime? PinnedUtc { get; set; }

    /// <summary>The end of the pin, when the editor gave one.</summary>
    public DateTime? PinnedUntilUtc { get; set; }

    /// <summary>Set on every version of an item in the trash.</summary>
    public DateTime? DeletedUtc { get; set; }
    /// <summary>
    /// For a translation, the id of the item it translates (a copy of the JSON's <c>LocalizationPart</c>, so the
    /// language versions of an item are found by an index and lists of originals leave translations out); null otherwise.
    /// </summary>
    public string? TranslationOf { get; set; }
    public required string Data { get; set; }
    public List<ContentItemTerm> Terms { get; set; } = [];
}
