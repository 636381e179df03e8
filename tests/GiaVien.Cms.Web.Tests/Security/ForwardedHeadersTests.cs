using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// X-Forwarded-For is believed only from configured proxies, once. The host runs as its own process on loopback
/// (127.0.0.1 plays the proxy next to the node), with ASPNETCORE_FORWARDEDHEADERS_ENABLED as deploy/ used to set it.
/// A client's search budget follows its real address, whatever it writes in front of the proxies' entries.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const int Permits = 3;

    [Fact]
    public async Task A_client_cannot_choose_its_address_through_one_or_two_proxies()
    {
        using var site = await StartAsync("--Cms:ForwardedHeaders:KnownProxies=127.0.0.1", "--Cms:ForwardedHeaders:KnownNetworks:0=10.0.0.0/8");

        // One hop: the proxy appended the client's real address after whatever the client sent.
        await Assert.AllAsync(Enumerable.Range(1, Permits), async i => Assert.Equal(HttpStatusCode.OK, await SearchAsync(site, $"203.0.113.{i}, 198.51.100.7")));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsync(site, "203.0.113.99, 198.51.100.7"));

        // Two hops (an edge proxy in 10.0.0.0/8, then the one next to the node): the same, one entry further left.
        await Assert.AllAsync(Enumerable.Range(1, Permits), async i => Assert.Equal(HttpStatusCode.OK, await SearchAsync(site, $"203.0.113.{i}, 198.51.100.20, 10.1.2.3")));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsync(site, "203.0.113.98, 198.51.100.20, 10.1.2.3"));

        // Another client behind the same proxies has its own budget.
        Assert.Equal(HttpStatusCode.OK, await SearchAsync(site, "198.51.100.21, 10.1.2.3"));

        // The refused requests are logged one by one (routine ones only in the request log's summary), naming the
        // real clients, never the addresses the clients wrote themselves.
        var log = await LogAsync(site, "\"ClientAddress\":\"198.51.100.20\"");
        Assert.Contains("\"ClientAddress\":\"198.51.100.7\"", log);
        Assert.DoesNotContain("203.0.113.", log);
    }

    [Fact]
    public async Task Without_configured_proxies_forwarded_headers_are_ignored_even_with_the_hosting_switch_on()
    {
        using var site = await StartAsync();

        await Assert.AllAsync(Enumerable.Range(1, Permits), async i => Assert.Equal(HttpStatusCode.OK, await SearchAsync(site, $"203.0.113.{i}")));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SearchAsync(site, "203.0.113.99"));
        Assert.DoesNotContain("203.0.113.", await LogAsync(site, "\"StatusCode\":429"));
    }

    private sealed class Site : IDisposable
    {
        private HostProcess? _process;

        public HostProcess Process => _process ?? throw new InvalidOperationException("The site was not started.");

        public string DataPath { get; } = Directory.CreateTempSubdirectory("giavien-proxy-").FullName;

        public async Task StartAsync(string[] settings)
        {
            _process = await HostProcess.StartAsync(DataPath, TestRecipes.CreateFolder(DataPath),
                new Dictionary<string, string> { ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true" },
                [.. settings, "--Cms:Setup:Recipe=giavien-district", $"--Cms:Search:RateLimitPermits={Permits}", "--Cms:Search:RateLimitWindow=00:10:00"]);
            using var client = Process.Client();
            await Eventually.ThatAsync(async () => (await client.GetAsync("/")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "The district was not set up");
        }

        public void Dispose()
        {
            _process?.Dispose();
            Directory.Delete(DataPath, recursive: true);
        }
    }

    /// <summary>A set-up that fails or times out stops its process and deletes its folder: no test holds the site yet.</summary>
    private static async Task<Site> StartAsync(params string[] settings)
    {
        var site = new Site();
        try
        {
            await site.StartAsync(settings);
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    private static async Task<HttpStatusCode> SearchAsync(Site site, string forwardedFor)
    {
        using var client = site.Process.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=gia");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The host's log files once they contain <paramref name="expected"/> (the request log is written as requests end).</summary>
    private static async Task<string> LogAsync(Site site, string expected)
    {
        var text = "";
        await Eventually.ThatAsync(() =>
        {
            text = string.Join('\n', Directory.EnumerateFiles(Path.Combine(site.DataPath, "logs"), "*.log").Select(ReadShared));
            return Task.FromResult(text.Contains(expected, StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(10), $"The log did not mention {expected}");
        return text;
    }

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
