using System.Numerics;

namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary>
/// Counts durations in buckets a quarter of a power of two wide (so a median read from it is within about 12 % of the
/// true one), in a fixed array: adding a request is an index computation and an increment, whatever the traffic.
/// </summary>
internal sealed class DurationHistogram
{
    // Below 4 µs every microsecond is its own bucket; above, 4 buckets per power of two up to 2^41 µs (25 days).
    private const int SubBits = 2;
    private const int LinearBuckets = 1 << SubBits;
    private const int HighestPower = 41;
    private const int BucketCount = LinearBuckets + (HighestPower - SubBits + 1) * LinearBuckets;
    private const ulong Largest = (1UL << (HighestPower + 1)) - 1;

    private readonly int[] _counts = new int[BucketCount];

    public void Add(long microseconds) => _counts[Bucket(microseconds)]++;

    /// <summary>The middle of the bucket holding the median, in microseconds; 0 when nothing was added.</summary>
    public long Median(long count)
    {
        var seen = 0L;
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            seen += _counts[bucket];
            if (seen * 2 >= count && seen > 0)
            {
                var (lower, width) = Bounds(bucket);
                return lower + width / 2;
            }
        }

        return 0;
    }

    public void Clear() => Array.Clear(_counts);

    private static int Bucket(long microseconds)
    {
        var value = Math.Min((ulong)Math.Max(0, microseconds), Largest);
        if (value < LinearBuckets)
        {
            return (int)value;
        }

        var power = BitOperations.Log2(value);
        var sub = (int)(value >> (power - SubBits)) & (LinearBuckets - 1);
        return LinearBuckets + (power - SubBits) * LinearBuckets + sub;
    }

    private static (long Lower, long Width) Bounds(int bucket)
    {
        if (bucket < LinearBuckets)
        {
            return (bucket, 1);
        }

        var power = (bucket - LinearBuckets) / LinearBuckets + SubBits;
        var sub = (bucket - LinearBuckets) % LinearBuckets;
        var width = 1L << (power - SubBits);
        return ((LinearBuckets + sub) * width, width);
    }
}
