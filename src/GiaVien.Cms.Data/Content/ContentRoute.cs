namespace GiaVien.Cms.Data.Content;

/// <summary>
/// A public path of a content item. The canonical one is rendered; the others are former paths that
/// answer with a permanent redirect, so links shared on social networks keep working.
/// </summary>
public sealed class ContentRoute
{
    public required string Path { get; set; }
    public required string ContentItemId { get; set; }
    public bool IsCanonical { get; set; }
}
