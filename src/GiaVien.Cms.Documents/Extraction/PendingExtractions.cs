using System.Security.Cryptography;
using System.Text;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// The files this node was asked to read and has not finished with (read, stored, and their documents queued to be
/// indexed again): one small marker file each under <c>Sites/{tenant}/DocumentText/pending</c>. The queue itself lives
/// in memory, and a document whose file was not read yet is indexed without its text; if the node stops before the
/// file is read, nothing else would ask for it again, so the markers let the next run take it up when the tenant is
/// first opened.
/// </summary>
public sealed class PendingExtractions(string siteFolder)
{
    private const string Extension = ".path";

    private readonly string _folder = Path.Combine(siteFolder, ExtractedTextStore.FolderName, "pending");

    /// <summary>Written through a temporary file, so a crash never leaves half a path behind.</summary>
    public async Task AddAsync(string mediaPath, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_folder);
        var file = FileOf(mediaPath);
        var temporary = file + ".tmp";
        await File.WriteAllTextAsync(temporary, mediaPath, cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }

    public void Remove(string mediaPath)
    {
        var file = FileOf(mediaPath);
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }

    public IReadOnlyList<string> Paths() =>
        Directory.Exists(_folder) ? Directory.EnumerateFiles(_folder, "*" + Extension).Select(File.ReadAllText).ToList() : [];

    private string FileOf(string mediaPath) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mediaPath))) + Extension);
}
