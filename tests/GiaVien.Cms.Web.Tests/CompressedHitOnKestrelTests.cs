using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// On the real server (Kestrel, not the in-memory test server, whose body is complete when the app returns), a
/// browser's page that the output cache stored compressed reaches the browser whole: every byte its
/// <c>Content-Length</c> promises, gzip whose CRC-32 and length check out, with the nonce of its policy header, on the
/// miss that stores it and on the hits after. Such a page goes to the server beneath per-response compression; a body
/// whose last bytes were written there and never flushed kept the browser waiting for them.
/// </summary>
public sealed class CompressedHitOnKestrelTests
{
    [Fact]
    public async Task A_browser_gets_every_byte_of_a_cached_gzip_page_with_its_own_nonce()
    {
        await using var host = new BrowserHost();
        try
        {
            await host.StartAsync();
            // A body cut short would leave the client waiting for the rest: the timeout turns that into a failure.
            using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri(host.BaseUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };

            // Member tenants' pages: the district's own are rendered by the node after its start and evicted when its
            // shared news catch up, so whether a given request of them is a miss or a hit depends on timing.
            foreach (var path in new[] { "/gia-hoa/", "/gia-hoa/tin-tuc", "/thi-tran-me/" })
            {
                // Until two hits were seen: a background change to the tenant (its catch-up after the start) may drop
                // the entry of the first visit, and then the next one is a miss again.
                var nonces = new List<string>();
                var hits = 0;
                for (var visit = 0; visit < 8 && hits < 2; visit++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd");
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsByteArrayAsync();

                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
                    Assert.Equal(response.Content.Headers.ContentLength, body.Length);
                    var nonce = CompressedCacheTests.ScriptNonce().Match(string.Join(";", response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
                    var html = CompressedCacheTests.Gunzip(body);
                    CompressedCacheTests.AssertNoncesAre(nonce, html);
                    Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
                    nonces.Add(nonce);
                    hits += response.Headers.Age is null ? 0 : 1;
                }

                Assert.Equal(2, hits);
                Assert.Equal(nonces.Count, nonces.Distinct().Count());
            }
        }
        finally
        {
            await DemoHost.DeleteDataAsync(host);
        }
    }
}
