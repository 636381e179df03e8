using System.Buffers.Binary;

namespace GiaVien.Cms.Media.Images;

/// <summary>
/// Finds bytes after the logical end of a PNG (IEND chunk) or GIF (trailer block). Image/script polyglots
/// hide their script there; no camera or editor writes anything after the end of these formats.
/// </summary>
public static class ImageTrailer
{
    public static bool HasDataAfterEnd(Stream stream, string contentType) => contentType switch
    {
        // An end that cannot be found is a damaged file, which the decoder reports as such.
        "image/png" => PngEnd(stream) is { } end && HasNonZeroAfter(stream, end),
        "image/gif" => GifEnd(stream) is { } end && HasNonZeroAfter(stream, end),
        _ => false,
    };

    private static long? PngEnd(Stream stream)
    {
        stream.Position = 8;
        Span<byte> header = stackalloc byte[8];
        while (stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var next = stream.Position + length + 4;
            if (header[4..].SequenceEqual("IEND"u8))
            {
                return next;
            }

            if (next > stream.Length)
            {
                return null;
            }

            stream.Position = next;
        }

        return null;
    }

    private static long? GifEnd(Stream stream)
    {
        stream.Position = 10;
        var flags = stream.ReadByte();
        stream.Position = 13 + ColorTableLength(flags);
        while (true)
        {
            switch (stream.ReadByte())
            {
                case 0x3B:
                    return stream.Position;
                case 0x21:
                    stream.ReadByte();
                    break;
                case 0x2C:
                    var descriptor = new byte[9];
                    if (stream.ReadAtLeast(descriptor, 9, throwOnEndOfStream: false) < 9)
                    {
                        return null;
                    }

                    stream.Position += ColorTableLength(descriptor[8]) + 1;
                    break;
                default:
                    return null;
            }

            if (!SkipSubBlocks(stream))
            {
                return null;
            }
        }
    }

    private static bool SkipSubBlocks(Stream stream)
    {
        int size;
        while ((size = stream.ReadByte()) > 0)
        {
            stream.Position += size;
        }

        return size == 0 && stream.Position <= stream.Length;
    }

    private static int ColorTableLength(int flags) => (flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;

    private static bool HasNonZeroAfter(Stream stream, long end)
    {
        stream.Position = end;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b != 0)
            {
                return true;
            }
        }

        return false;
    }
}
