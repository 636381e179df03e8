using GiaVien.Cms.Media.Bench;

namespace GiaVien.Cms.Web.Tests.Media;

/// <summary>Runs the media benchmarks at toy sizes, so they cannot rot; the figures themselves are not judged here.</summary>
public sealed class MediaBenchSmokeTests
{
    [Fact]
    public async Task The_media_benchmarks_run_and_report_every_measurement()
    {
        var report = await MediaBenchRun.RunAsync(MediaBenchSettings.Quick, TextWriter.Null);

        Assert.Contains("| baseline: full-size decode, no resize |", report);
        foreach (var profile in GiaVien.Cms.Media.Images.ImageProfile.All)
        {
            Assert.Contains($"| {profile.Name} (", report);
        }

        Assert.Contains("| ratio cached / static |", report);
        Assert.Contains("| resize-article |", report);
        Assert.Contains("| validate |", report);
        Assert.Contains("files, page 1 |", report);
    }
}
