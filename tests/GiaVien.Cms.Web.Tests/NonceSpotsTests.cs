using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site.Caching.Compression;
using GiaVien.Cms.Web.Site.Caching.Front;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A page kept in front is written with each response's nonce at the places found once when it was kept: whatever
/// sizes of buffer the server lends (a placeholder or the gzip trailer's CRC cut between two of them), the visitor gets
/// the page with that nonce, and a gzip body whose CRC-32 and length .NET's reader accepts.
/// </summary>
public sealed class NonceSpotsTests
{
    private static readonly string Page =
        $"<html><head><style nonce=\"{CspNonce.Placeholder}\">:root{{}}</style><script nonce=\"{CspNonce.Placeholder}\"></script></head>"
        + $"<body>{string.Concat(Enumerable.Repeat("<p>Xã Gia Hòa tổng kết công tác năm 2024.</p>", 200))}</body></html>";

    public static TheoryData<int> PieceSizes => [1, 5, 17, 4096];

    [Theory]
    [MemberData(nameof(PieceSizes))]
    public void A_gzip_page_gets_the_nonce_and_the_crc_that_goes_with_it(int pieceSize)
    {
        var page = Encoding.UTF8.GetBytes(Page);
        var stored = SplicedGzip.Compress(page, SplicedGzip.HeadLength(page, CspNonce.PlaceholderBytes), CompressionLevel.Fastest);
        var spots = NonceSpots.Of(stored, Response("text/html; charset=utf-8", SplicedGzip.Encoding));

        foreach (var nonce in new[] { NonceSource.Next(), NonceSource.Next() })
        {
            var body = Written(spots, stored, nonce, pieceSize);

            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            Assert.Equal(Page.Replace(CspNonce.Placeholder, nonce, StringComparison.Ordinal), new StreamReader(gzip, Encoding.UTF8).ReadToEnd());
        }
    }

    [Theory]
    [MemberData(nameof(PieceSizes))]
    public void A_plain_page_gets_the_nonce_in_its_head_only(int pieceSize)
    {
        // A placeholder's text after the head is the page's content (an article quoting it), not a nonce of the product.
        var page = Page.Replace("</body>", $"<p>{CspNonce.Placeholder}</p></body>", StringComparison.Ordinal);
        var nonce = NonceSource.Next();

        var body = Written(NonceSpots.Of(Encoding.UTF8.GetBytes(page), Response("text/html; charset=utf-8", null)), Encoding.UTF8.GetBytes(page), nonce, pieceSize);

        var expected = page.Replace($"nonce=\"{CspNonce.Placeholder}\"", $"nonce=\"{nonce}\"", StringComparison.Ordinal);
        Assert.Equal(expected, Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void A_body_that_is_not_html_is_written_as_kept()
    {
        var feed = Encoding.UTF8.GetBytes($"<rss><item>{CspNonce.Placeholder}</item></rss>");

        var body = Written(NonceSpots.Of(feed, Response("application/rss+xml", null)), feed, NonceSource.Next(), 4096);

        Assert.Equal(feed, body);
    }

    private static HttpResponse Response(string contentType, string? encoding)
    {
        var response = new DefaultHttpContext().Response;
        response.ContentType = contentType;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        return response;
    }

    private static byte[] Written(NonceSpots spots, byte[] kept, string nonce, int pieceSize)
    {
        var writer = new PiecewiseWriter(pieceSize);
        spots.Write(writer, kept, nonce);
        return writer.Written.ToArray();
    }

    /// <summary>Lends buffers of one size, as a server lends its own (a few KB each), so writes are cut where that size says.</summary>
    private sealed class PiecewiseWriter(int pieceSize) : PipeWriter
    {
        private byte[] _lent = [];

        public MemoryStream Written { get; } = new();

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = new byte[Math.Max(pieceSize, sizeHint)];

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes) => Written.Write(_lent, 0, bytes);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => new(new FlushResult(false, false));

        public override void CancelPendingFlush()
        {
        }

        public override void Complete(Exception? exception = null)
        {
        }
    }
}
