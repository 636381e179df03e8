namespace GiaVien.Cms.Data.Media;

/// <summary>
/// One file of the tenant's media library. The bytes live in the tenant's media store under
/// <see cref="Path"/>; this row is what the library lists, pages and searches, so a folder with thousands
/// of files is listed from an index, never by walking the store.
/// </summary>
public sealed class MediaFileRecord
{
    public long Id { get; set; }

    /// <summary>Folder and file name, e.g. <c>hoi-nghi/khai-mac.jpg</c>: the key in the store and in public URLs.</summary>
    public required string Path { get; set; }

    /// <summary>Folder path without slashes at either end; empty at the library's root.</summary>
    public required string Folder { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public MediaKind Kind { get; set; }

    public long Length { get; set; }

    /// <summary>Pixel size as displayed (EXIF orientation applied); null for documents and video.</summary>
    public int? Width { get; set; }

    public int? Height { get; set; }

    public string? AltText { get; set; }

    public string? Caption { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
