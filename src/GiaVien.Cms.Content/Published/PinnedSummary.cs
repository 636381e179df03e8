namespace GiaVien.Cms.Content.Published;

/// <summary>A listed item with the end of its pin to "Tin nổi bật" (null: no end, or not pinned).</summary>
internal sealed record PinnedSummary(ContentSummary Summary, DateTime? UntilUtc);
