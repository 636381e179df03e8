using System.IO.Compression;
using System.Text;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Site.Caching.Compression;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A page compressed once for the output cache takes a new nonce per response and stays a gzip body any reader
/// accepts: the decompressed page carries that nonce where the placeholders were, and the trailer's CRC-32 (which
/// .NET's reader checks) matches it.
/// </summary>
public sealed class SplicedGzipTests
{
    private static readonly byte[] Placeholder = Encoding.ASCII.GetBytes(CspNonce.Placeholder);

    /// <summary>Two nonces in the head, a long body after it.</summary>
    private static readonly string ThemedPage =
        $"<html><head><style nonce=\"{CspNonce.Placeholder}\">:root{{}}</style><script nonce=\"{CspNonce.Placeholder}\"></script></head>"
        + $"<body>{string.Concat(Enumerable.Repeat("<p>Xã Gia Hòa tổng kết công tác năm 2024.</p>", 400))}</body></html>";

    public static TheoryData<string> Pages => new()
    {
        ThemedPage,
        // A page that ends with its head: nothing left to compress.
        $"<script nonce=\"{CspNonce.Placeholder}\"></script></head>",
        // No nonce at all: everything compressed.
        "<html><head></head><body>Gia Viễn</body></html>",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_response_gets_a_valid_gzip_body_with_its_own_nonce(string page)
    {
        var bytes = Encoding.UTF8.GetBytes(page);
        var stored = SplicedGzip.Compress(bytes, SplicedGzip.HeadLength(bytes, Placeholder), CompressionLevel.Optimal);

        foreach (var nonce in new[] { NonceSource.Next(), NonceSource.Next() })
        {
            var body = stored.ToArray();
            var setter = new SplicedGzipNonce(nonce);
            var held = setter.Pass(body);
            setter.Finish(body.AsSpan(body.Length - held));

            Assert.Equal(page.Replace(CspNonce.Placeholder, nonce, StringComparison.Ordinal), Decompress(body));
        }
    }

    [Fact]
    public void The_stored_body_is_smaller_than_the_page_and_its_head_stays_readable()
    {
        var page = Encoding.UTF8.GetBytes(ThemedPage);
        var head = SplicedGzip.HeadLength(page, Placeholder);

        var stored = SplicedGzip.Compress(page, head, CompressionLevel.Optimal);

        Assert.Equal(Encoding.UTF8.GetString(page).IndexOf("</head>", StringComparison.Ordinal) + "</head>".Length, head);
        Assert.True(stored.Length < page.Length / 4, $"{stored.Length} bytes for a page of {page.Length}");
        Assert.True(stored.AsSpan().IndexOf(page.AsSpan(0, head)) >= 0);
    }

    private static string Decompress(byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
