using System.Diagnostics;
using GiaVien.Cms.Media.Images;
using SkiaSharp;

namespace GiaVien.Cms.Media.Bench;

/// <summary>Images per second through each profile from one JPEG, against decoding the same JPEG at full size.</summary>
public static class ResizeBench
{
    public sealed record Result(string Name, double ImagesPerSecond, double RatioToBaseline);

    public static IReadOnlyList<Result> Run(MediaBenchSettings settings)
    {
        var jpeg = BenchImages.Jpeg(settings.ResizeWidth, settings.ResizeHeight);
        var baseline = Measure(settings, () =>
        {
            using var codec = SKCodec.Create(new MemoryStream(jpeg));
            using var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
            codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        });
        var results = new List<Result> { new("baseline: full-size decode, no resize", baseline, 1) };
        foreach (var profile in ImageProfile.All)
        {
            foreach (var format in new[] { ImageFormat.Webp, ImageFormat.Jpeg })
            {
                var rate = Measure(settings, () =>
                {
                    using var stream = new MemoryStream(jpeg);
                    using var codec = SkiaImages.Open(stream)!;
                    using var data = SkiaImages.Render(codec, profile, format);
                });
                results.Add(new($"{profile.Name} ({profile.Width}×{profile.Height}{(profile.Crop ? ", crop" : "")}) → {format.Extension}", rate, rate / baseline));
            }
        }

        return results;
    }

    // Runs the work on every worker in parallel, after one warm-up, and returns completed items per second.
    private static double Measure(MediaBenchSettings settings, Action work)
    {
        work();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, settings.Workers, new ParallelOptions { MaxDegreeOfParallelism = settings.Workers }, _ =>
        {
            for (var i = 0; i < settings.ResizeIterations; i++)
            {
                work();
            }
        });
        return settings.Workers * settings.ResizeIterations / watch.Elapsed.TotalSeconds;
    }
}
