using System.Buffers.Binary;

namespace GiaVien.Cms.Media.Images;

/// <summary>
/// Reads an image's pixel size from its header bytes alone, before any decoder runs, so that a
/// decompression bomb (a small file claiming 100000 × 100000 pixels) is refused without allocating.
/// </summary>
public static class ImageHeader
{
    /// <summary>Width and height as stored, or null when the header cannot be read.</summary>
    public static (int Width, int Height)? ReadSize(Stream stream)
    {
        stream.Position = 0;
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var data = head.AsSpan(0, length);
        if (data.Length >= 24 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) && data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return (BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }

        if (data.Length >= 10 && data.StartsWith("GIF8"u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        if (data.Length >= 30 && data.StartsWith("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return WebpSize(data);
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? JpegSize(stream) : null;
    }

    private static (int, int)? WebpSize(ReadOnlySpan<byte> data)
    {
        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return (1 + ReadUInt24(data[24..]), 1 + ReadUInt24(data[27..]));
        }

        if (chunk.SequenceEqual("VP8L"u8) && data[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }

        return null;
    }

    // Walks the marker segments up to the first start-of-frame, which holds the size.
    private static (int, int)? JpegSize(Stream stream)
    {
        stream.Position = 2;
        Span<byte> marker = stackalloc byte[9];
        while (stream.ReadAtLeast(marker[..4], 4, throwOnEndOfStream: false) == 4)
        {
            if (marker[0] != 0xFF)
            {
                return null;
            }

            var type = marker[1];
            var segmentLength = BinaryPrimitives.ReadUInt16BigEndian(marker[2..]);
            var isStartOfFrame = type is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                if (stream.ReadAtLeast(marker[..5], 5, throwOnEndOfStream: false) < 5)
                {
                    return null;
                }

                return (BinaryPrimitives.ReadUInt16BigEndian(marker[3..]), BinaryPrimitives.ReadUInt16BigEndian(marker[1..]));
            }

            if (segmentLength < 2)
            {
                return null;
            }

            stream.Seek(segmentLength - 2, SeekOrigin.Current);
        }

        return null;
    }

    private static int ReadUInt24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);
}
