using System.Globalization;
using System.Text;

namespace GiaVien.Cms.Media.Bench;

/// <summary>Runs the three measurements and writes them as a Markdown report.</summary>
public static class MediaBenchRun
{
    public static async Task<string> RunAsync(MediaBenchSettings settings, TextWriter progress)
    {
        var report = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        report.AppendLine(c, $"# Media benchmarks ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores)").AppendLine();

        progress.WriteLine("Resize throughput…");
        report.AppendLine(c, $"## Resize throughput: {settings.ResizeWidth}×{settings.ResizeHeight} JPEG ({settings.ResizeWidth * settings.ResizeHeight / 1e6:0.#} MP), {settings.Workers} workers").AppendLine();
        report.AppendLine("| profile → format | images/s | × baseline |").AppendLine("|---|---:|---:|");
        foreach (var r in ResizeBench.Run(settings))
        {
            report.AppendLine(c, $"| {r.Name} | {r.ImagesPerSecond:0.0} | {r.RatioToBaseline:0.00} |");
        }

        progress.WriteLine("Starting the CMS…");
        await using (var host = await BenchHost.StartAsync())
        {
            progress.WriteLine("Serving a cached rendition…");
            var serve = await ServeBench.RunAsync(host, settings);
            report.AppendLine().AppendLine(c, $"## Cached rendition vs static file ({serve.Bytes:N0} bytes, {serve.Tool}, {settings.ServeDuration.TotalSeconds:0} s each)").AppendLine();
            report.AppendLine("| URL | requests/s |").AppendLine("|---|---:|");
            report.AppendLine(c, $"| baseline: static file (UseStaticFiles) | {serve.StaticFileRps:0} |");
            report.AppendLine(c, $"| /gia-hoa/media/_p/card/bench.jpg | {serve.CachedImageRps:0} |");
            report.AppendLine(c, $"| ratio cached / static | {serve.Ratio:0.00} |");

            progress.WriteLine("Listing a large folder…");
            report.AppendLine().AppendLine("## Library listing (SQLite, one request's scope each)").AppendLine();
            report.AppendLine("| listing | ms | × baseline |").AppendLine("|---|---:|---:|");
            foreach (var r in await ListingBench.RunAsync(host, settings.ListingFiles, settings.ListingRepetitions))
            {
                report.AppendLine(c, $"| {r.Name} | {r.Milliseconds:0.00} | {r.RatioToBaseline:0.00} |");
            }
        }

        progress.WriteLine("Peak memory…");
        report.AppendLine().AppendLine(c, $"## Peak resident memory, {settings.MemoryWidth}×{settings.MemoryHeight} JPEG ({settings.MemoryWidth * (long)settings.MemoryHeight / 1e6:0.#} MP; a full RGBA decode would be {settings.MemoryWidth * (long)settings.MemoryHeight * 4 / 1048576.0:0} MB)").AppendLine();
        report.AppendLine("| process | peak RSS (MB) | over baseline (MB) |").AppendLine("|---|---:|---:|");
        foreach (var m in await MemoryBench.RunAsync(settings))
        {
            report.AppendLine(c, $"| {(m.Mode == "baseline" ? "baseline: open + read header" : m.Mode)} | {m.PeakBytes / 1048576.0:0} | {m.DeltaOverBaseline / 1048576.0:0} |");
        }

        progress.Write(report.ToString());
        return report.ToString();
    }
}
