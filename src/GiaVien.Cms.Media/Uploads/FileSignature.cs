using System.IO.Compression;

namespace GiaVien.Cms.Media.Uploads;

/// <summary>What the first bytes (and for Office Open XML, the zip directory) of a file of one type look like.</summary>
public sealed class FileSignature
{
    private readonly Func<byte[], bool> _head;
    private readonly Func<Stream, bool>? _content;

    private FileSignature(Func<byte[], bool> head, Func<Stream, bool>? content = null)
    {
        _head = head;
        _content = content;
    }

    public static FileSignature Jpeg { get; } = new(h => StartsWith(h, 0, 0xFF, 0xD8, 0xFF));

    public static FileSignature Png { get; } = new(h => StartsWith(h, 0, 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A));

    public static FileSignature Gif { get; } = new(h => StartsWithAscii(h, 0, "GIF87a") || StartsWithAscii(h, 0, "GIF89a"));

    public static FileSignature Webp { get; } = new(h => StartsWithAscii(h, 0, "RIFF") && StartsWithAscii(h, 8, "WEBP"));

    public static FileSignature Pdf { get; } = new(h => StartsWithAscii(h, 0, "%PDF-"));

    /// <summary>Word 97–2003, Excel 97–2003 and PowerPoint 97–2003 files are OLE compound documents.</summary>
    public static FileSignature OleCompound { get; } = new(h => StartsWith(h, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));

    /// <summary>ISO base media: a box of type <c>ftyp</c> first.</summary>
    public static FileSignature Mp4 { get; } = new(h => StartsWithAscii(h, 4, "ftyp"));

    /// <summary>A zip whose directory holds <c>[Content_Types].xml</c> and the application's part folder.</summary>
    public static FileSignature OfficeOpenXml(string partFolder) => new(
        h => StartsWith(h, 0, (byte)'P', (byte)'K', 3, 4),
        stream =>
        {
            try
            {
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
                return zip.Entries.Any(e => e.FullName == "[Content_Types].xml")
                    && zip.Entries.Any(e => e.FullName.StartsWith(partFolder, StringComparison.Ordinal));
            }
            catch (InvalidDataException)
            {
                return false;
            }
        });

    public bool MatchesHead(byte[] head) => _head(head);

    /// <summary>The deeper check, for types whose first bytes say too little; true when there is none.</summary>
    public bool MatchesContent(Stream content) => _content?.Invoke(content) ?? true;

    private static bool StartsWith(byte[] data, int offset, params byte[] expected) =>
        data.Length >= offset + expected.Length && data.AsSpan(offset, expected.Length).SequenceEqual(expected);

    private static bool StartsWithAscii(byte[] data, int offset, string expected) =>
        StartsWith(data, offset, System.Text.Encoding.ASCII.GetBytes(expected));
}
