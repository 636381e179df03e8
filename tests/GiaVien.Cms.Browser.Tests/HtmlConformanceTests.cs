using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// Every public page the demo links to, on every tenant, checked by the W3C Nu HTML checker (vnu.jar, installed by
/// tests/run.sh from tests/tools' lock file): no error. The pages are found by following links from the home pages, so
/// a new section is checked as soon as a menu, block or list links to it.
/// </summary>
public sealed partial class HtmlConformanceTests(SiteHost host) : IClassFixture<SiteHost>
{
    /// <summary>Enough for every page type of every demo tenant; the crawl stops there so the suite stays quick.</summary>
    private const int MaxPages = 250;

    /// <summary>Filters and paging multiply addresses without new markup: two variants of a path are enough.</summary>
    private const int MaxQueryVariantsPerPath = 2;

    /// <summary>The home pages, plus sections a tenant may switch on without linking them from its menu.</summary>
    private static readonly string[] Seeds =
    [
        "/", "/gia-hoa/", "/en/about", "/en/news/district-reviews-2023-and-sets-2024-tasks", "/en/contact", "/tim-kiem?q=gia+vien", "/en/search?q=reviewing+tasks", "/khong-co-trang-nay",
        "/van-ban", "/gia-hoa/van-ban", "/hoi-dap", "/gia-hoa/hoi-dap", "/lich-cong-tac", "/thu-vien-anh", "/video",
    ];

    [Fact]
    public async Task Every_public_page_the_demo_links_to_passes_the_w3c_checker()
    {
        var pages = await CrawlAsync();
        Assert.True(pages.Count >= 100, $"The crawl found only {pages.Count} pages: " + string.Join(", ", pages.Keys));

        var folder = Directory.CreateTempSubdirectory("giavien-vnu-").FullName;
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var (address, html) in pages)
            {
                var name = $"{files.Count:D3}.html";
                await File.WriteAllTextAsync(Path.Combine(folder, name), html);
                files[name] = address;
            }

            var errors = await CheckAsync(folder);

            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{files.GetValueOrDefault(Path.GetFileName(e.File), e.File)}:{e.Line}: {e.Message}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.Empty(host.ServerProblems());
    }

    private async Task<Dictionary<string, string>> CrawlAsync()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        var pages = new Dictionary<string, string>();
        var queued = new HashSet<string>(Seeds);
        var variants = new Dictionary<string, int>();
        var queue = new Queue<string>(Seeds);
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var address = queue.Dequeue();
            using var response = await client.GetAsync(address);
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || response.StatusCode is HttpStatusCode.TooManyRequests)
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            pages[address] = html;
            foreach (var link in LinksOf(address, html).Where(queued.Add))
            {
                var path = link.Split('?')[0];
                if (link.Contains('?') && (variants[path] = variants.GetValueOrDefault(path) + 1) > MaxQueryVariantsPerPath)
                {
                    continue;
                }

                queue.Enqueue(link);
            }
        }

        return pages;
    }

    /// <summary>Same-site links to pages (not the admin, the API, media, feeds or downloads), as path and query.</summary>
    private IEnumerable<string> LinksOf(string from, string html)
    {
        var page = new Uri(host.BaseAddress, from);
        foreach (Match match in Href().Matches(html))
        {
            if (!Uri.TryCreate(page, WebUtility.HtmlDecode(match.Groups[1].Value), out var target) || target.Authority != page.Authority)
            {
                continue;
            }

            var path = target.AbsolutePath;
            if (NotAPage().IsMatch(path))
            {
                continue;
            }

            yield return path + target.Query;
        }
    }

    /// <summary>The checker's errors for every .html file of <paramref name="folder"/> (other tests check their pages with it too).</summary>
    internal static async Task<List<CheckerError>> CheckAsync(string folder)
    {
        var jar = Environment.GetEnvironmentVariable("GIAVIEN_TEST_VNU") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("GIAVIEN_TEST_VNU is not set: run the suite with tests/run.sh, which installs the W3C Nu HTML checker.");
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "json", "--stdout", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var checker = Process.Start(start)!;
        var output = checker.StandardOutput.ReadToEndAsync();
        var diagnostics = checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync();
        var json = await output;
        Assert.True(json.Length > 0, "The checker printed nothing: " + await diagnostics);

        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal")
            .Select(m => new CheckerError(
                m.TryGetProperty("url", out var url) ? url.GetString()! : "?",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!))
            .ToList();
    }

    internal sealed record CheckerError(string File, int Line, string Message);

    [GeneratedRegex(@"href=""([^""#]*)(?:#[^""]*)?""")]
    private static partial Regex Href();

    [GeneratedRegex(@"(^|/)(admin|api|media|assets|lib|css|js)(/|$)|\.(xml|ics|rss|pdf|docx?|xlsx?|png|jpe?g|webp|gif|svg|ico|css|js|mp4|txt|json)$|(^|/)(rss|feed)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPage();
}
