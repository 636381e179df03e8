using System.Buffers.Binary;
using System.IO.Compression;

namespace GiaVien.Cms.Web.Site.Caching.Compression;

/// <summary>
/// A gzip body made once, when a page is stored in the output cache, that each hit can give its own CSP nonce without
/// compressing anything: the page's head (up to its last nonce placeholder and the <c>&lt;/head&gt;</c> after it) is
/// kept as written, in a stored (uncompressed) deflate block, and the rest of the page, which carries no nonce, is
/// compressed as a deflate stream of its own, so none of it refers back to the head. A hit replaces the placeholders
/// in the head's bytes and corrects the CRC-32 of the trailer for the change (<see cref="Crc32Algebra"/>), as the body
/// is written (<see cref="SplicedGzipNonce"/>): a few hundred operations, against compressing 20 KB on every request.
/// The head travels uncompressed (a few KB); any gzip reader reads the body, since a stored block followed by compressed ones is ordinary deflate.
/// <code>1f 8b 08 00 … (10 bytes) | 00 LEN ~LEN head | deflate(rest) | CRC-32 | length</code>
/// </summary>
internal static class SplicedGzip
{
    public const string Encoding = "gzip";

    /// <summary>The most one stored block holds; a longer head is not stored this way.</summary>
    public const int MaxHeadLength = ushort.MaxValue;

    /// <summary>Where the stored head begins: after the gzip header and the stored block's own.</summary>
    public const int HeadStart = HeaderLength + StoredBlockHeaderLength;

    /// <summary>The CRC-32 of the page and its length, after the deflate stream.</summary>
    public const int TrailerLength = 8;

    private const int HeaderLength = 10;
    private const int StoredBlockHeaderLength = 5;

    // Magic, deflate, no flags, no time, no extra flags, operating system unknown.
    private static ReadOnlySpan<byte> Header => [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];

    // An empty final block with fixed codes: the deflate stream of a page that ends with its head.
    private static ReadOnlySpan<byte> EmptyFinalBlock => [3, 0];

    private static ReadOnlySpan<byte> HeadEnd => "</head>"u8;

    /// <summary>
    /// How much of <paramref name="page"/> must stay readable: through the <c>&lt;/head&gt;</c> after its last
    /// <paramref name="placeholder"/> (or the placeholder itself, without one); 0 when it has none.
    /// </summary>
    public static int HeadLength(ReadOnlySpan<byte> page, ReadOnlySpan<byte> placeholder)
    {
        var last = page.LastIndexOf(placeholder);
        if (last < 0)
        {
            return 0;
        }

        var afterLast = last + placeholder.Length;
        var headEnd = page[afterLast..].IndexOf(HeadEnd);
        return headEnd < 0 ? afterLast : afterLast + headEnd + HeadEnd.Length;
    }

    public static byte[] Compress(ReadOnlySpan<byte> page, int headLength, CompressionLevel level)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headLength, MaxHeadLength);
        using var output = new MemoryStream(headLength + (page.Length - headLength) / 3 + 64);
        output.Write(Header);
        if (headLength > 0)
        {
            Span<byte> block = [0, (byte)headLength, (byte)(headLength >> 8), (byte)~headLength, (byte)(~headLength >> 8)];
            output.Write(block);
            output.Write(page[..headLength]);
        }

        var tailStart = output.Length;
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(page[headLength..]);
        }

        if (output.Length == tailStart)
        {
            output.Write(EmptyFinalBlock);
        }

        Span<byte> trailer = stackalloc byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32Algebra.Hash(page));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)page.Length);
        output.Write(trailer);
        return output.ToArray();
    }

    /// <summary>
    /// The length of the stored head of a body made by <see cref="Compress"/>, read from its first
    /// <see cref="HeadStart"/> bytes; 0 for another body (no nonce to set).
    /// </summary>
    public static int StoredHeadLength(ReadOnlySpan<byte> start)
    {
        if (start.Length < HeadStart || !start[..HeaderLength].SequenceEqual(Header) || start[HeaderLength] != 0)
        {
            return 0;
        }

        var headLength = BinaryPrimitives.ReadUInt16LittleEndian(start[(HeaderLength + 1)..]);
        var complement = BinaryPrimitives.ReadUInt16LittleEndian(start[(HeaderLength + 3)..]);
        return (ushort)~headLength == complement ? headLength : 0;
    }
}
