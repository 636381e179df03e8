using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Text;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site.Caching.Compression;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// Where a kept page's bytes change from one hit to the next, found once when the page is kept: the nonce placeholders
/// (those <see cref="NonceSubstitutionWriter"/> replaces in a plain page, those in the stored head of a
/// <see cref="SplicedGzip"/> page) and, for the latter, the trailer's CRC-32. A hit then copies the body and overwrites
/// those bytes, instead of looking for the placeholders again and working out the CRC's change per placeholder. The
/// change a nonce makes to the CRC is linear in it: the raw CRC of (nonce XOR placeholder), times the sum of the powers
/// of x that each placeholder's distance to the page's end multiplies it by. That sum is the same for every hit, so it
/// is kept (<see cref="_crcWeight"/>), and a hit pays one CRC of the nonce's length and one product.
/// </summary>
internal sealed class NonceSpots
{
    private static readonly byte[] Placeholder = CspNonce.PlaceholderBytes;

    private static readonly NonceSpots None = new([], crcAt: -1, storedCrc: 0, crcWeight: 0);

    private readonly int[] _placeholders;

    /// <summary>Where the gzip trailer's CRC-32 is in the body; -1 for a plain page.</summary>
    private readonly int _crcAt;

    private readonly uint _storedCrc;

    /// <summary>Σ x^(8·(page length − end of placeholder)) modulo the polynomial; 0 when nothing changes the CRC.</summary>
    private readonly uint _crcWeight;

    private NonceSpots(int[] placeholders, int crcAt, uint storedCrc, uint crcWeight)
    {
        _placeholders = placeholders;
        _crcAt = crcAt;
        _storedCrc = storedCrc;
        _crcWeight = crcWeight;
    }

    /// <summary>
    /// The spots of a body the output cache wrote (placeholders not yet replaced), as <see cref="NonceSubstitutionWriter"/>
    /// finds them: none unless it is HTML; those of the stored head when it is stored compressed.
    /// </summary>
    public static NonceSpots Of(ReadOnlySpan<byte> body, HttpResponse response) =>
        response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true ? None
        : response.Headers.ContentEncoding == SplicedGzip.Encoding ? OfGzip(body)
        : OfPlain(body);

    private static NonceSpots OfPlain(ReadOnlySpan<byte> body)
    {
        var placeholders = new List<int>();
        for (var at = NonceSubstitutionWriter.NextPlaceholder(body, -1); at >= 0; at = NonceSubstitutionWriter.NextPlaceholder(body, at + Placeholder.Length))
        {
            placeholders.Add(at);
        }

        return new NonceSpots([.. placeholders], crcAt: -1, storedCrc: 0, crcWeight: 0);
    }

    private static NonceSpots OfGzip(ReadOnlySpan<byte> body)
    {
        var headLength = SplicedGzip.StoredHeadLength(body);
        if (headLength == 0 || body.Length < SplicedGzip.HeadStart + headLength + SplicedGzip.TrailerLength)
        {
            return None;
        }

        var head = body.Slice(SplicedGzip.HeadStart, headLength);
        var trailer = body[^SplicedGzip.TrailerLength..];
        var pageLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        var placeholders = new List<int>();
        var weight = 0u;
        for (var at = head.IndexOf(Placeholder); at >= 0; at = NextAfter(head, at))
        {
            placeholders.Add(SplicedGzip.HeadStart + at);
            weight ^= Crc32Algebra.XToThe8Times(pageLength - (at + Placeholder.Length));
        }

        return new NonceSpots([.. placeholders], body.Length - SplicedGzip.TrailerLength, BinaryPrimitives.ReadUInt32LittleEndian(trailer), weight);
    }

    private static int NextAfter(ReadOnlySpan<byte> head, int found)
    {
        var from = found + Placeholder.Length;
        var next = head[from..].IndexOf(Placeholder);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// Writes <paramref name="body"/> with <paramref name="nonce"/> in place of the placeholders (and the CRC that goes
    /// with it) into <paramref name="writer"/>'s own buffers, piece by piece as it lends them; the caller flushes.
    /// </summary>
    public void Write(PipeWriter writer, ReadOnlySpan<byte> body, string nonce)
    {
        Span<byte> nonceBytes = stackalloc byte[Placeholder.Length];
        Encoding.ASCII.GetBytes(nonce, nonceBytes);
        Span<byte> crc = stackalloc byte[sizeof(uint)];
        BinaryPrimitives.WriteUInt32LittleEndian(crc, _crcAt < 0 || _crcWeight == 0 ? _storedCrc : _storedCrc ^ CrcChange(nonceBytes));

        for (var offset = 0; offset < body.Length;)
        {
            var span = writer.GetSpan();
            var length = Math.Min(span.Length, body.Length - offset);
            var piece = span[..length];
            body.Slice(offset, length).CopyTo(piece);
            foreach (var at in _placeholders)
            {
                Overwrite(piece, offset, at, nonceBytes);
            }

            if (_crcAt >= 0)
            {
                Overwrite(piece, offset, _crcAt, crc);
            }

            writer.Advance(length);
            offset += length;
        }
    }

    /// <summary>What the nonce changes in the page's CRC: the raw CRC of the bytes it flips, weighed by where they are.</summary>
    private uint CrcChange(ReadOnlySpan<byte> nonceBytes)
    {
        Span<byte> difference = stackalloc byte[Placeholder.Length];
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] = (byte)(nonceBytes[i] ^ Placeholder[i]);
        }

        return Crc32Algebra.Multiply(_crcWeight, Crc32Algebra.Raw(difference));
    }

    /// <summary>Writes the part of <paramref name="value"/> (which belongs at body offset <paramref name="at"/>) that falls in <paramref name="piece"/>.</summary>
    private static void Overwrite(Span<byte> piece, int pieceOffset, int at, ReadOnlySpan<byte> value)
    {
        var from = Math.Max(at, pieceOffset);
        var to = Math.Min(at + value.Length, pieceOffset + piece.Length);
        if (from < to)
        {
            value[(from - at)..(to - at)].CopyTo(piece[(from - pieceOffset)..]);
        }
    }
}
