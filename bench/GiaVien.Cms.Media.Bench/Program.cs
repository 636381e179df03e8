namespace GiaVien.Cms.Media.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/GiaVien.Cms.Media.Bench [-- --quick]</c>: resize throughput per
/// profile, cached-image serving against a static file, library listing in a 10,000-file folder, and peak
/// memory for a 50-megapixel image. Every figure is reported beside a baseline measured in the same run.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--memory-child", var mode, var file])
        {
            Console.WriteLine(MemoryBench.RunChild(mode, file));
            return 0;
        }

        var settings = args.Contains("--quick") ? MediaBenchSettings.Quick : MediaBenchSettings.Full;
        var report = await MediaBenchRun.RunAsync(settings, Console.Out);
        var output = Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "bench", "media.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine($"Report written to {output}");
        return 0;
    }
}
