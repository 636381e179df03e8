namespace GiaVien.Cms.Data.Media;

/// <summary>A folder of the media library, kept as a row so empty folders exist and subfolders list from an index.</summary>
public sealed class MediaFolderRecord
{
    /// <summary>e.g. <c>tin-tuc/hoi-nghi</c>.</summary>
    public required string Path { get; set; }

    /// <summary>The enclosing folder's path; empty for a folder at the root.</summary>
    public required string Parent { get; set; }

    public DateTime CreatedUtc { get; set; }
}
