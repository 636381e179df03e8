using System.Net;
using System.Text;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A page the output cache did not store compressed (the cache switched off, or a page it never stores, such as a
/// search) is compressed per response by the framework: the client must still get a whole compressed body, with its nonces.
/// </summary>
public sealed class CompressionWithoutStoredPageTests(UncachedSqliteHost uncached, SqliteDemoHost cached)
    : IClassFixture<UncachedSqliteHost>, IClassFixture<SqliteDemoHost>
{
    /// <summary>A browser of today, which gets brotli, and a client that takes gzip alone (curl, older browsers, proxies).</summary>
    private const string BrowserEncodings = "gzip, deflate, br, zstd";

    private const string GzipOnly = "gzip";

    [Theory]
    [InlineData("/", "Gia Viễn", GzipOnly)]
    [InlineData("/gia-hoa/", "Xã Gia Hòa", GzipOnly)]
    [InlineData("/gia-hoa/", "Xã Gia Hòa", BrowserEncodings)]
    public async Task With_the_output_cache_off_a_client_gets_a_whole_compressed_page(string url, string text, string acceptEncoding)
    {
        var html = await GetCompressedAsync(uncached, url, acceptEncoding);

        Assert.Contains(text, html);
    }

    [Theory]
    [InlineData(GzipOnly)]
    [InlineData(BrowserEncodings)]
    public async Task A_search_page_which_the_cache_never_stores_reaches_a_client_compressed_and_whole(string acceptEncoding)
    {
        var html = await GetCompressedAsync(cached, "/tim-kiem?q=gia+vien", acceptEncoding);

        Assert.Contains("</html>", html);
    }

    /// <summary>The page as a browser reads it: the body decoded as its Content-Encoding says, the nonces checked.</summary>
    private static async Task<string> GetCompressedAsync(DemoHost host, string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await host.Browser().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var html = encoding switch
        {
            "gzip" => CompressedCacheTests.Gunzip(body),
            "br" => Brotli(body),
            _ => throw new Xunit.Sdk.XunitException($"A page asked with Accept-Encoding '{acceptEncoding}' came back with Content-Encoding '{encoding}'."),
        };
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        CompressedCacheTests.AssertNoncesAre(CompressedCacheTests.ScriptNonce().Match(policy).Groups[1].Value, html);
        return html;
    }

    private static string Brotli(byte[] body)
    {
        using var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
