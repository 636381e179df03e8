using System.Buffers.Binary;
using System.Text;
using GiaVien.Cms.Web.Security.Csp;

namespace GiaVien.Cms.Web.Site.Caching.Compression;

/// <summary>
/// Gives a <see cref="SplicedGzip"/> body its response's nonce while the body passes, piece by piece, through the
/// server's own buffers: the placeholders are overwritten in the stored head, the change they make to the page's
/// CRC-32 is carried along (<see cref="Crc32Algebra"/>), and the trailer, held back until the body ends, is corrected
/// once. So a cached hit needs no buffer of its own and is copied once, into the connection's pipe, like a plain page.
/// </summary>
/// <param name="bodyLength">
/// The body's length when the response says it (a cached entry's <c>Content-Length</c>): then the piece that ends the
/// body is known as it passes, and its trailer is corrected there, so nothing is left to write (and flush) at the end.
/// </param>
internal sealed class SplicedGzipNonce(string nonce, long? bodyLength = null)
{
    /// <summary>The most <see cref="Pass"/> holds back apart from a cut placeholder: the headers, until they are whole.</summary>
    public const int MostHeld = SplicedGzip.HeadStart;

    private static readonly byte[] Placeholder = CspNonce.PlaceholderBytes;

    /// <summary>Bytes of the body passed on before the current piece.</summary>
    private long _passed;

    /// <summary>Unknown (-1) until the headers passed; 0 for a body without a stored head.</summary>
    private int _headLength = -1;

    /// <summary>The raw CRC of every change made so far, as if the page ended where the last one ends.</summary>
    private uint _crcChange;

    private long _lastChangeEnd;
    private uint? _rawChange;

    /// <summary>
    /// Sets the nonce in <paramref name="piece"/> (the body's next bytes, behind those held back last time) and says
    /// how many bytes at its end must be held back and passed again in front of the next piece: the headers until they
    /// are whole, the start of a placeholder that the next piece may finish, and the last
    /// <see cref="SplicedGzip.TrailerLength"/> bytes, since only the end of the body shows they are the trailer (unless
    /// the body's length says this piece ends it).
    /// </summary>
    public int Pass(Span<byte> piece)
    {
        if (_headLength < 0)
        {
            if (piece.Length < SplicedGzip.HeadStart)
            {
                return piece.Length;
            }

            _headLength = SplicedGzip.StoredHeadLength(piece);
        }

        var hold = Math.Min(piece.Length, SplicedGzip.TrailerLength);
        var headFrom = (int)Math.Max(0, SplicedGzip.HeadStart - _passed);
        var headTo = (int)Math.Clamp(SplicedGzip.HeadStart + _headLength - _passed, 0, piece.Length);
        if (headFrom < headTo)
        {
            var head = piece[headFrom..headTo];
            Replace(head, _passed + headFrom - SplicedGzip.HeadStart);
            if (headTo == piece.Length)
            {
                hold = Math.Max(hold, CspNonce.PlaceholderStartAtEnd(head));
            }
        }

        if (_passed + piece.Length == bodyLength && piece.Length >= SplicedGzip.TrailerLength)
        {
            Finish(piece[^SplicedGzip.TrailerLength..]);
            hold = 0;
        }

        _passed += piece.Length - hold;
        return hold;
    }

    /// <summary>Corrects the CRC-32 of the trailer, which is what the last <see cref="Pass"/> held back once the body is whole.</summary>
    public void Finish(Span<byte> trailer)
    {
        if (_lastChangeEnd == 0 || trailer.Length != SplicedGzip.TrailerLength)
        {
            return;
        }

        var pageLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer) ^ Crc32Algebra.AppendZeros(_crcChange, pageLength - _lastChangeEnd);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
    }

    /// <param name="head">Part of the stored head.</param>
    /// <param name="pageOffset">Where it starts in the page.</param>
    private void Replace(Span<byte> head, long pageOffset)
    {
        for (var at = head.IndexOf(Placeholder); at >= 0; at = NextAfter(head, at))
        {
            Encoding.ASCII.GetBytes(nonce, head.Slice(at, Placeholder.Length));
            var end = pageOffset + at + Placeholder.Length;
            _rawChange ??= RawChange();
            _crcChange = Crc32Algebra.AppendZeros(_crcChange, end - _lastChangeEnd) ^ _rawChange.Value;
            _lastChangeEnd = end;
        }
    }

    private static int NextAfter(ReadOnlySpan<byte> head, int replaced)
    {
        var from = replaced + Placeholder.Length;
        var next = head[from..].IndexOf(Placeholder);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The raw CRC of the bytes that change where a placeholder becomes the nonce.</summary>
    private uint RawChange()
    {
        Span<byte> difference = stackalloc byte[Placeholder.Length];
        Encoding.ASCII.GetBytes(nonce, difference);
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] ^= Placeholder[i];
        }

        return Crc32Algebra.Raw(difference);
    }
}
