using System.Globalization;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Media.Uploads;

namespace GiaVien.Cms.Web.Site.Documents;

/// <summary>A document's attachments as residents see them: name, kind, size, and whether they open in the browser.</summary>
public static class DocumentFiles
{
    public static async Task<IReadOnlyList<DocumentFileViewModel>> ReadAsync(IEnumerable<string> paths, MediaLibrary media, string basePath, CancellationToken cancellationToken)
    {
        var files = new List<DocumentFileViewModel>();
        foreach (var path in paths)
        {
            // A file deleted from the library after the document was published is left out rather than linked to a 404.
            if (MediaTypes.Find(path[(path.LastIndexOf('.') + 1)..].ToLowerInvariant()) is not { } type || await media.FindAsync(path, cancellationToken) is not { } file)
            {
                continue;
            }

            files.Add(new DocumentFileViewModel($"{basePath}/media/{path}", MediaPath.NameOf(path), type.Label, Size(file.Length), type.ContentType == "application/pdf"));
        }

        return files;
    }

    /// <summary>"820 KB", "1,4 MB": sizes as Vietnamese readers write them (decimal comma).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " MB",
    };
}
