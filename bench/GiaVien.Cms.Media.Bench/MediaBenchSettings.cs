namespace GiaVien.Cms.Media.Bench;

/// <summary>How big and how long; <see cref="Quick"/> is the smoke test's setting.</summary>
public sealed record MediaBenchSettings(
    int ResizeWidth, int ResizeHeight, int ResizeIterations, int Workers,
    TimeSpan ServeDuration, bool UseWrk, int MemoryWidth, int MemoryHeight, int ListingFiles, int ListingRepetitions)
{
    /// <summary>12-megapixel input (4000 × 3000), 2 workers for 2 cores, 50-megapixel memory probe (8660 × 5773, just under the 50 MP limit).</summary>
    public static MediaBenchSettings Full { get; } = new(4000, 3000, 12, 2, TimeSpan.FromSeconds(8), UseWrk: true, 8660, 5773, 10_000, 50);

    public static MediaBenchSettings Quick { get; } = new(640, 480, 1, 2, TimeSpan.FromSeconds(1), UseWrk: false, 800, 600, 200, 2);
}
