using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// The text read from a tenant's attachments, one JSON file per version of a media file under the tenant's folder
/// (<c>Sites/{tenant}/DocumentText</c>). Like image renditions it is derived data each web node keeps for itself:
/// keyed by the file's path and entity tag, so a replaced file is read again, and rebuilt by reading the file again
/// if the folder is lost.
/// </summary>
public sealed class ExtractedTextStore(string siteFolder)
{
    public const string FolderName = "DocumentText";

    private readonly string _folder = Path.Combine(siteFolder, FolderName);

    public async Task<StoredExtraction?> FindAsync(string mediaPath, string etag, CancellationToken cancellationToken = default)
    {
        var file = FileOf(mediaPath, etag);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<StoredExtraction>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            // A file cut short by a crash is read again rather than trusted.
            return null;
        }
    }

    /// <summary>Writes through a temporary file, so a reader never sees half a result.</summary>
    public async Task SaveAsync(StoredExtraction extraction, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_folder);
        var file = FileOf(extraction.MediaPath, extraction.ETag);
        var temporary = file + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, extraction, cancellationToken: cancellationToken);
        }

        File.Move(temporary, file, overwrite: true);
    }

    // The reader's version is part of the key, so files read by an older reader (PDF lines run together) are read again.
    private const string ReaderVersion = "2";

    private string FileOf(string mediaPath, string etag) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{mediaPath}\n{etag}\n{ReaderVersion}"))) + ".json");
}

/// <summary>One version of one attachment as it was read.</summary>
public sealed record StoredExtraction(string MediaPath, string ETag, ExtractionOutcome Outcome, int Pages, string Text, DateTimeOffset ExtractedUtc)
{
    public string? Message => new ExtractionResult(Outcome, Text, Pages).Message;
}
