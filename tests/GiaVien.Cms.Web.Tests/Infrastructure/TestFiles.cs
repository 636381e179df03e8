using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Files made by the tests themselves: good photos (with EXIF when asked) and a corpus of bad ones.</summary>
public static class TestFiles
{
    /// <summary>Marker written in the GPS block of <see cref="JpegWithExif"/>, to prove it is gone from served images.</summary>
    public const string GpsMarker = "GIAVIEN-GPS-20.2N";

    public static byte[] Jpeg(int width, int height, int quality = 85) => Encode(Picture(width, height), SKEncodedImageFormat.Jpeg, quality);

    public static byte[] Png(int width, int height) => Encode(Picture(width, height), SKEncodedImageFormat.Png, 100);

    /// <summary>
    /// A photo stored sideways, left half red and right half blue, whose EXIF says "rotate 90° clockwise"
    /// (orientation 6) and which carries a GPS block: displayed, it is portrait with red on top.
    /// </summary>
    public static byte[] JpegWithExif(int storedWidth, int storedHeight)
    {
        using var bitmap = new SKBitmap(storedWidth, storedHeight);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, storedWidth / 2f, storedHeight, red);
        }

        var jpeg = Encode(bitmap, SKEncodedImageFormat.Jpeg, 90);
        var exif = ExifSegment(orientation: 6);
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    /// <summary>A 1 × 1 GIF, byte by byte.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B,
    ];

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx() => OfficeZip("word/document.xml");

    private static byte[] Xlsx() => OfficeZip("xl/workbook.xml");

    private static byte[] OfficeZip(string mainPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in new[] { "[Content_Types].xml", mainPart })
            {
                // A fixed time stamp: the same call gives the same bytes, so a test can compare what it uploaded.
                var zipEntry = zip.CreateEntry(entry);
                zipEntry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var writer = new StreamWriter(zipEntry.Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The bad files of the issue, each with the error code and a phrase its Vietnamese message must contain.</summary>
    public static IEnumerable<BadFile> Corpus()
    {
        yield return new("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"u8.ToArray(), "ActiveContent", "SVG");
        yield return new("anh-hoi-nghi.jpg", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray(), "ActiveContent", "thực chất là mã HTML");
        yield return new("bom-giai-nen.png", PngClaiming(100_000, 100_000), "TooManyPixels", "100.000 × 100.000");
        var jpeg = Jpeg(640, 480);
        yield return new("anh-bi-cat.jpg", jpeg[..(jpeg.Length * 6 / 10)], "CorruptFile", "bị hỏng hoặc không đầy đủ");
        yield return new("rong.jpg", [], "Empty", "rỗng");
        yield return new("da-nang.gif", PolyglotGif(), "ActiveContent", "dữ liệu lạ");
        yield return new("../../../etc/cron.d/anh.jpg", Jpeg(20, 20), "InvalidName", "đường dẫn thư mục");
        yield return new("..\\..\\web.config.jpg", Jpeg(20, 20), "InvalidName", "đường dẫn thư mục");
        yield return new("anh\0.php.jpg", Jpeg(20, 20), "InvalidName", "ký tự điều khiển");
        yield return new("CON.jpg", Jpeg(20, 20), "InvalidName", "tên dành riêng của Windows");
        yield return new("lpt1.png", Png(20, 20), "InvalidName", "tên dành riêng của Windows");
        yield return new("bao-cao.pdf", Jpeg(20, 20), "ContentMismatch", "không phải PDF");
        yield return new("bang-luong.xlsx", Pdf(), "ContentMismatch", "không phải Excel");
        yield return new("bang-luong.docx", Xlsx(), "ContentMismatch", "không phải Word");
        yield return new("cai-dat.exe", [0x4D, 0x5A, 0x90, 0], "ActiveContent", "mã lệnh");
        yield return new("du-lieu.bin", [1, 2, 3], "ExtensionNotAllowed", "Không nhận tệp “.bin”");
        yield return new("anh-an-ma.jpg", WithComment(Jpeg(64, 64), "<script>alert(1)</script>"), "ActiveContent", "dữ liệu lạ");
        yield return new("qua-nang.jpg", [0xFF, 0xD8, 0xFF, .. new byte[21 * 1024 * 1024]], "TooLarge", "vượt giới hạn 20 MB");
    }

    /// <summary>A PNG whose header claims a huge canvas, with a few bytes of (invalid) data: a decompression bomb's shape.</summary>
    private static byte[] PngClaiming(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        return [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9C, 0x63, 0, 0, 0, 1, 0, 1]), .. Chunk("IEND", [])];
    }

    /// <summary>A GIF that is also JavaScript: the header's width reads as "/*" and the script follows the trailer.</summary>
    private static byte[] PolyglotGif()
    {
        var gif = Gif();
        gif[6] = (byte)'/';
        gif[7] = (byte)'*';
        return [.. gif, .. "*/=alert(document.domain);"u8];
    }

    private static byte[] WithComment(byte[] jpeg, string comment)
    {
        var text = Encoding.ASCII.GetBytes(comment);
        var length = (ushort)(text.Length + 2);
        return [.. jpeg[..2], 0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. text, .. jpeg[2..]];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    // APP1 "Exif": IFD0 with Orientation and a pointer to a GPS IFD (latitude ref "N" and a marker string).
    private static byte[] ExifSegment(ushort orientation)
    {
        var marker = Encoding.ASCII.GetBytes(GpsMarker);
        var tiff = new byte[68 + marker.Length];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 2);
        WriteEntry(tiff, 10, 0x0112, 3, 1, (uint)orientation << 16);
        WriteEntry(tiff, 22, 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(38), 2);
        WriteEntry(tiff, 40, 0x0001, 2, 2, 0x4E000000);
        WriteEntry(tiff, 52, 0x001B, 7, (uint)marker.Length, 68);
        marker.CopyTo(tiff, 68);
        var length = (ushort)(2 + 6 + tiff.Length);
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void WriteEntry(byte[] tiff, int offset, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(offset), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(offset + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(offset + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(offset + 8), value);
    }

    private static SKBitmap Picture(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.DarkGreen, SKColors.Gold, SKColors.Firebrick], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, paint);
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using (bitmap)
        {
            using var image = SKImage.FromBitmap(bitmap);
            return image.Encode(format, quality).ToArray();
        }
    }
}

public sealed record BadFile(string Name, byte[] Content, string Code, string MessagePart)
{
    public override string ToString() => Name.Replace("\0", "\\0", StringComparison.Ordinal);
}
