using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GiaVien.Cms.Media.Library;

namespace GiaVien.Cms.Media.Bench;

/// <summary>
/// Requests per second for a cached rendition through the real CMS pipeline (tenant resolution, routing,
/// <c>/media/_p/card/…</c>), against the same bytes as a plain static file served by Kestrel in the same process.
/// </summary>
public static partial class ServeBench
{
    public sealed record Result(double CachedImageRps, double StaticFileRps, long Bytes, string Tool)
    {
        public double Ratio => CachedImageRps / StaticFileRps;
    }

    public static async Task<Result> RunAsync(BenchHost host, MediaBenchSettings settings)
    {
        await host.InTenantAsync("gia-hoa", services => services.GetRequiredService<MediaLibrary>()
            .UploadAsync("", "bench.jpg", new MemoryStream(BenchImages.Jpeg(settings.ResizeWidth, settings.ResizeHeight)), "bench"));

        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        client.DefaultRequestHeaders.Accept.ParseAdd("image/webp");
        var rendition = await client.GetByteArrayAsync("/gia-hoa/media/_p/card/bench.jpg");
        await File.WriteAllBytesAsync(Path.Combine(host.StaticFolder, "card.webp"), rendition);

        var useWrk = settings.UseWrk && File.Exists("/usr/bin/wrk");
        var cached = await LoadAsync(client, host.BaseUrl + "/gia-hoa/media/_p/card/bench.jpg", settings.ServeDuration, useWrk);
        var plain = await LoadAsync(client, host.BaseUrl + "/bench-static/card.webp", settings.ServeDuration, useWrk);
        return new Result(cached, plain, rendition.Length, useWrk ? "wrk -t2 -c32" : "HttpClient, 32 concurrent");
    }

    private static async Task<double> LoadAsync(HttpClient client, string url, TimeSpan duration, bool useWrk)
    {
        if (useWrk)
        {
            var start = new ProcessStartInfo("/usr/bin/wrk", ["-t2", "-c32", $"-d{(int)duration.TotalSeconds}s", "-H", "Accept: image/webp", url])
            {
                RedirectStandardOutput = true,
            };
            using var wrk = Process.Start(start)!;
            var output = await wrk.StandardOutput.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            return double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var count = 0L;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (until.Elapsed < duration)
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref count);
            }
        }));
        return count / until.Elapsed.TotalSeconds;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}
