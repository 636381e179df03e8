using System.Text;

namespace GiaVien.Cms.Media.Uploads;

/// <summary>
/// Recognises markup and script where a photo or a document should be: an HTML page renamed to .jpg, an SVG,
/// or a script tag hidden inside image data (browsers that sniff content could run it).
/// </summary>
public static class ActiveContent
{
    private static readonly byte[][] Markers =
    [
        // At least five bytes each, so that compressed image data matches one by chance about once in
        // thousands of 20 MB photos rather than in every one.
        .. new[] { "<script", "<html", "<!doctype", "<iframe", "<object", "<embed", "<?php", "javascript:", "onerror=", "onload=" }
            .Select(Encoding.ASCII.GetBytes),
    ];

    /// <summary>Whether the file itself is markup: after an optional BOM and white space it starts with '&lt;'.</summary>
    public static bool IsMarkupDocument(byte[] head)
    {
        var span = head.AsSpan();
        if (span.StartsWith("\xEF\xBB\xBF"u8))
        {
            span = span[3..];
        }

        span = span.TrimStart(" \t\r\n\f"u8);
        return span.Length > 0 && span[0] == (byte)'<';
    }

    /// <summary>Whether a marker occurs anywhere in the stream (read in blocks, case-insensitively).</summary>
    public static bool ContainsMarkup(Stream content)
    {
        const int Block = 64 * 1024;
        const int Overlap = 16;
        var buffer = new byte[Block + Overlap];
        var carried = 0;
        int read;
        content.Position = 0;
        while ((read = content.Read(buffer, carried, Block)) > 0)
        {
            var window = buffer.AsSpan(0, carried + read);
            AsciiLower(window[carried..]);
            foreach (var marker in Markers)
            {
                if (window.IndexOf(marker) >= 0)
                {
                    return true;
                }
            }

            carried = Math.Min(Overlap, window.Length);
            window[^carried..].CopyTo(buffer);
        }

        return false;
    }

    private static void AsciiLower(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] += 32;
            }
        }
    }
}
