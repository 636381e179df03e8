using System.Diagnostics;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Uploads;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Media.Bench;

/// <summary>
/// Peak resident memory of a fresh process that resizes (or validates) one large JPEG, against a process that
/// only opens it and reads its header. Each runs in its own process, so one peak cannot hide another.
/// </summary>
public static class MemoryBench
{
    public sealed record Result(string Mode, long PeakBytes, long DeltaOverBaseline);

    public static async Task<IReadOnlyList<Result>> RunAsync(MediaBenchSettings settings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"giavien-bench-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(file, BenchImages.Jpeg(settings.MemoryWidth, settings.MemoryHeight));
        try
        {
            var peaks = new Dictionary<string, long>();
            foreach (var mode in new[] { "baseline", "resize-article", "resize-full", "validate" })
            {
                peaks[mode] = await RunChildProcessAsync(mode, file);
            }

            return peaks.Select(p => new Result(p.Key, p.Value, p.Value - peaks["baseline"])).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs in the child process: does the work, returns the process's peak resident set in bytes.</summary>
    public static long RunChild(string mode, string file)
    {
        using (var stream = File.OpenRead(file))
        {
            switch (mode)
            {
                case "baseline":
                    using (var codec = SkiaImages.Open(stream)) { _ = codec!.Info; }
                    break;
                case "resize-article":
                case "resize-full":
                    using (var codec = SkiaImages.Open(stream)!)
                    using (SkiaImages.Render(codec, mode == "resize-full" ? ImageProfile.Full : ImageProfile.Article, ImageFormat.Webp)) { }
                    break;
                case "validate":
                    new UploadValidator(Options.Create(new MediaOptions())).Validate("anh.jpg", stream);
                    break;
                default:
                    throw new ArgumentException($"Unknown mode '{mode}'.", nameof(mode));
            }
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    private static async Task<long> RunChildProcessAsync(string mode, string file)
    {
        var exe = Environment.ProcessPath!;
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true };
        // Under "dotnet test" or "dotnet x.dll" the process is the dotnet host: name the bench assembly.
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet" || !exe.Contains("GiaVien.Cms.Media.Bench", StringComparison.Ordinal))
        {
            start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true };
            start.ArgumentList.Add(typeof(MemoryBench).Assembly.Location);
        }

        start.ArgumentList.Add("--memory-child");
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(file);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return child.ExitCode == 0 ? long.Parse(output.Trim().Split('\n')[^1], System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Memory probe '{mode}' failed: {output}");
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
