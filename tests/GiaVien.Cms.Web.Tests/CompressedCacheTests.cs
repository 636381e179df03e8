using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Security.Csp;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Browsers (which all send <c>Accept-Encoding</c>) get cached pages as the cache stored them, compressed once: gzip
/// with a length, not compressed again per response (that was brotli, streamed without a length), and still with a
/// fresh nonce equal to the policy's. A client that takes no compression gets the plain page from an entry of its own.
/// </summary>
public sealed partial class CompressedCacheTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string BrowserEncodings = "gzip, deflate, br, zstd";

    [Fact]
    public async Task A_browser_gets_the_page_compressed_once_with_a_fresh_nonce_on_every_response()
    {
        var first = await GetAsync("/gia-hoa/", BrowserEncodings);
        var second = await GetAsync("/gia-hoa/", BrowserEncodings);

        Assert.Null(first.Age);
        Assert.NotNull(second.Age);
        foreach (var response in new[] { first, second })
        {
            Assert.Equal("gzip", response.Encoding);
            Assert.Equal(response.Body.Length, response.ContentLength);
            Assert.Contains("Accept-Encoding", response.Vary);
            var html = Gunzip(response.Body);
            Assert.Contains("Xã Gia Hòa", html);
            AssertNoncesAre(response.Nonce, html);
        }

        Assert.NotEqual(first.Nonce, second.Nonce);
    }

    [Fact]
    public async Task A_client_without_compression_gets_the_plain_page_from_an_entry_of_its_own()
    {
        await GetAsync("/gia-hoa/tin-tuc", BrowserEncodings);

        var first = await GetAsync("/gia-hoa/tin-tuc", null);
        var second = await GetAsync("/gia-hoa/tin-tuc", null);

        Assert.Null(first.Age);
        Assert.NotNull(second.Age);
        foreach (var response in new[] { first, second })
        {
            Assert.Null(response.Encoding);
            Assert.Contains("Accept-Encoding", response.Vary);
            AssertNoncesAre(response.Nonce, Encoding.UTF8.GetString(response.Body));
        }
    }

    [Fact]
    public async Task A_client_that_refuses_gzip_does_not_get_it()
    {
        var response = await GetAsync("/gia-hoa/so-do-trang", "gzip;q=0");

        Assert.Null(response.Encoding);
        AssertNoncesAre(response.Nonce, Encoding.UTF8.GetString(response.Body));
    }

    private sealed record Response(string? Encoding, long? ContentLength, string Vary, TimeSpan? Age, string Nonce, byte[] Body);

    private async Task<Response> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await host.Browser().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        return new Response(response.Content.Headers.ContentEncoding.SingleOrDefault(), response.Content.Headers.ContentLength,
            string.Join(",", response.Headers.Vary), response.Headers.Age, ScriptNonce().Match(policy).Groups[1].Value,
            await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The page's nonce attributes all carry the policy's nonce, and no placeholder is left.</summary>
    internal static void AssertNoncesAre(string nonce, string html)
    {
        var nonces = NonceAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(nonces);
        Assert.All(nonces, value => Assert.Equal(nonce, value));
        Assert.DoesNotContain(CspNonce.Placeholder, html);
    }

    // GZipStream checks the trailer's CRC-32 and length, so a nonce set without correcting them fails here.
    internal static string Gunzip(byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"script-src 'nonce-([A-Za-z0-9+/=_-]+)'")]
    internal static partial Regex ScriptNonce();

    [GeneratedRegex("nonce=\"([^\"]*)\"")]
    private static partial Regex NonceAttribute();
}
