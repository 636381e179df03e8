namespace GiaVien.Cms.Media;

/// <summary>
/// The shape every media path has: lowercase ASCII segments (<c>[a-z0-9-]</c>, as <c>Slugify</c> makes them)
/// separated by <c>/</c>, the last one with an extension. Anything else — "..", backslashes, NUL, percent
/// escapes, a leading dot or underscore — is simply not a media path, so it can reach neither a file
/// system nor an object key.
/// </summary>
public static class MediaPath
{
    public const int MaxLength = 400;
    public const int MaxFolderDepth = 6;

    public static bool IsValidFile(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > MaxLength)
        {
            return false;
        }

        var slash = path.LastIndexOf('/');
        if (slash == 0)
        {
            return false;
        }

        var folder = slash < 0 ? "" : path[..slash];
        var name = path[(slash + 1)..];
        return IsValidFolder(folder) && IsValidFileName(name);
    }

    /// <summary>Empty (the root) or slug segments joined by <c>/</c>.</summary>
    public static bool IsValidFolder(string? folder)
    {
        if (folder is null || folder.Length > 300)
        {
            return false;
        }

        if (folder.Length == 0)
        {
            return true;
        }

        var segments = folder.Split('/');
        return segments.Length <= MaxFolderDepth && segments.All(IsSlug);
    }

    /// <summary><c>stem.ext</c>: a slug stem and a lowercase alphanumeric extension.</summary>
    public static bool IsValidFileName(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && name.Length <= 120
            && IsSlug(name[..dot]) && name[(dot + 1)..].All(IsLowerOrDigit);
    }

    public static string Combine(string folder, string fileName) => folder.Length == 0 ? fileName : folder + "/" + fileName;

    public static string FolderOf(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string ParentOf(string folder) => FolderOf(folder);

    private static bool IsLowerOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static bool IsSlug(string segment) =>
        segment.Length is > 0 and <= 80 && IsLowerOrDigit(segment[0]) && IsLowerOrDigit(segment[^1])
        && segment.All(c => IsLowerOrDigit(c) || c == '-');
}
