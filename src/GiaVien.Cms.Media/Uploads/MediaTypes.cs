using GiaVien.Cms.Data.Media;

namespace GiaVien.Cms.Media.Uploads;

/// <summary>The file types the library accepts, by extension, with what their content must start with.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, MediaType> ByExtension = new(StringComparer.Ordinal)
    {
        ["jpg"] = new(MediaKind.Image, "image/jpeg", "JPEG", FileSignature.Jpeg),
        ["jpeg"] = new(MediaKind.Image, "image/jpeg", "JPEG", FileSignature.Jpeg),
        ["png"] = new(MediaKind.Image, "image/png", "PNG", FileSignature.Png),
        ["gif"] = new(MediaKind.Image, "image/gif", "GIF", FileSignature.Gif),
        ["webp"] = new(MediaKind.Image, "image/webp", "WebP", FileSignature.Webp),
        ["pdf"] = new(MediaKind.Document, "application/pdf", "PDF", FileSignature.Pdf),
        ["doc"] = new(MediaKind.Document, "application/msword", "Word", FileSignature.OleCompound),
        ["xls"] = new(MediaKind.Document, "application/vnd.ms-excel", "Excel", FileSignature.OleCompound),
        ["ppt"] = new(MediaKind.Document, "application/vnd.ms-powerpoint", "PowerPoint", FileSignature.OleCompound),
        ["docx"] = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", FileSignature.OfficeOpenXml("word/")),
        ["xlsx"] = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", FileSignature.OfficeOpenXml("xl/")),
        ["pptx"] = new(MediaKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint", FileSignature.OfficeOpenXml("ppt/")),
        ["mp4"] = new(MediaKind.Video, "video/mp4", "MP4", FileSignature.Mp4),
    };

    // Active content: refused with a reason rather than the generic "not allowed". SVG is refused, not
    // sanitised: it is XML that can script, load remote resources and embed HTML, portals publish photos,
    // and a PNG export of a logo loses nothing a resident sees.
    private static readonly HashSet<string> ActiveExtensions = new(StringComparer.Ordinal)
    {
        "svg", "svgz", "html", "htm", "xhtml", "shtml", "xml", "js", "mjs", "php", "phtml", "asp", "aspx", "jsp",
        "cgi", "pl", "py", "sh", "bat", "cmd", "ps1", "vbs", "exe", "dll", "msi", "jar", "hta", "swf",
    };

    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static MediaType? Find(string extension) => ByExtension.GetValueOrDefault(extension);

    /// <summary>The kind of file a library path names by its extension, or null when it is no valid path of an accepted type.</summary>
    public static MediaKind? KindOfPath(string path) =>
        MediaPath.IsValidFile(path) ? Find(path[(path.LastIndexOf('.') + 1)..])?.Kind : null;

    public static bool IsActive(string extension) => ActiveExtensions.Contains(extension);

    /// <summary>The content type a stored file is served with, from its (validated) extension.</summary>
    public static string ContentTypeOf(string path) =>
        Find(path[(path.LastIndexOf('.') + 1)..])?.ContentType ?? "application/octet-stream";
}

public sealed record MediaType(MediaKind Kind, string ContentType, string Label, FileSignature Signature);
