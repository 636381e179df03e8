using System.IO.Compression;
using System.Text;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site.Caching.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>A cached page gets the response's nonce wherever the writes cut the placeholder, and nothing else changes.</summary>
public sealed class NonceSubstitutionWriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    [InlineData(4096)]
    public async Task The_placeholder_is_replaced_wherever_the_writes_cut_it(int chunk)
    {
        var context = new DefaultHttpContext();
        context.Response.ContentType = "text/html; charset=utf-8";
        var page = $"<html><head><meta name=\"x\" content=\"</head>\"><style nonce=\"{CspNonce.Placeholder}\">:root{{}}</style>"
            + $"<script nonce=\"{CspNonce.Placeholder}\"></script></head><body>{new string('x', 9000)} Gia Hòa</body></html>";

        var written = await WriteAsync(context, Encoding.UTF8.GetBytes(page), chunk);

        var nonce = CspNonce.Of(context);
        Assert.NotEqual(CspNonce.Placeholder, nonce);
        Assert.Equal(page.Replace(CspNonce.Placeholder, nonce, StringComparison.Ordinal), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public async Task A_write_that_ends_like_a_placeholder_but_is_not_one_is_kept_whole()
    {
        var context = new DefaultHttpContext();
        context.Response.ContentType = "text/html";
        var page = $"<html><head>{CspNonce.Placeholder[..10]}</head><body>x</body></html>";

        var written = await WriteAsync(context, Encoding.UTF8.GetBytes(page), page.IndexOf("</head>", StringComparison.Ordinal));

        Assert.Equal(page, Encoding.UTF8.GetString(written));
    }

    [Fact]
    public async Task A_page_written_in_one_piece_is_read_only_as_far_as_its_head()
    {
        // As the output cache writes an entry: the whole page at once. The nonce belongs in the head only, so the body
        // is not searched (the scan of a 20 KB page was about 1 % of a cached hit's CPU).
        var context = new DefaultHttpContext();
        context.Response.ContentType = "text/html; charset=utf-8";
        var head = $"<html><head><script nonce=\"{CspNonce.Placeholder}\"></script></head>";
        var body = $"<body><p>{CspNonce.Placeholder}</p>{new string('x', 20000)}</body></html>";
        var page = Encoding.UTF8.GetBytes(head + body);

        var written = Encoding.UTF8.GetString(await WriteAsync(context, page, page.Length));

        Assert.Equal(head.Replace(CspNonce.Placeholder, CspNonce.Of(context), StringComparison.Ordinal) + body, written);
    }

    [Fact]
    public async Task Responses_that_are_not_html_pass_untouched()
    {
        var context = new DefaultHttpContext();
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes($"{{\"nonce\":\"{CspNonce.Placeholder}\"}}");

        Assert.Equal(bytes, await WriteAsync(context, bytes, 5));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(7, false)]
    [InlineData(23, false)]
    [InlineData(4096, false)]
    [InlineData(int.MaxValue, false)]
    [InlineData(1, true)]
    [InlineData(23, true)]
    [InlineData(4096, true)]
    [InlineData(int.MaxValue, true)]
    public async Task A_page_stored_compressed_gets_the_nonce_and_reaches_the_server_as_it_is_written(int chunk, bool lengthKnown)
    {
        // As the output cache serves a browser's hit: gzip whose head is stored as written (SplicedGzip). The body goes
        // on to the server's buffers as it comes, not held whole in a buffer of the response's own: only the trailer,
        // whose CRC-32 the nonce changes, waits for the end, unless the Content-Length (which a cached entry has) says
        // which write ends the body: then nothing is left for the end to write and flush.
        var context = new DefaultHttpContext();
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentEncoding = SplicedGzip.Encoding;
        var page = $"<html><head><style nonce=\"{CspNonce.Placeholder}\">:root{{}}</style><script nonce=\"{CspNonce.Placeholder}\"></script></head>"
            + $"<body>{string.Concat(Enumerable.Repeat("<p>Xã Gia Hòa tổng kết công tác năm 2024.</p>", 300))}</body></html>";
        var bytes = Encoding.UTF8.GetBytes(page);
        var stored = SplicedGzip.Compress(bytes, SplicedGzip.HeadLength(bytes, CspNonce.PlaceholderBytes), CompressionLevel.Optimal);

        context.Response.ContentLength = lengthKnown ? stored.Length : null;

        long beforeTheEnd = 0;
        var written = await WriteAsync(context, stored, Math.Min(chunk, stored.Length), passed => beforeTheEnd = passed);

        Assert.Equal(stored.Length - (lengthKnown ? 0 : SplicedGzip.TrailerLength), beforeTheEnd);
        Assert.Equal(page.Replace(CspNonce.Placeholder, CspNonce.Of(context), StringComparison.Ordinal), CompressedCacheTests.Gunzip(written));
    }

    private static async Task<byte[]> WriteAsync(HttpContext context, byte[] bytes, int chunk, Action<long>? beforeTheEnd = null)
    {
        using var output = new MemoryStream();
        var server = new StreamResponseBodyFeature(output);
        var writer = new NonceSubstitutionWriter(server, context);
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            await writer.WriteAsync(bytes.AsMemory(at, Math.Min(chunk, bytes.Length - at)));
        }

        beforeTheEnd?.Invoke(output.Length);
        writer.ReleaseHeld();
        await server.CompleteAsync();
        return output.ToArray();
    }
}
