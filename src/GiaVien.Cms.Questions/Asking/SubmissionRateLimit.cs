using System.Collections.Concurrent;
using GiaVien.Cms.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GiaVien.Cms.Questions.Asking;

/// <summary>
/// Questions sent per client address and tenant in a fixed window. With Redis configured the count is one key per
/// (tenant, address, window) shared by every node (INCR, then EXPIRE on the first), so N nodes do not allow N times the
/// limit; without Redis there is one node and its memory counts. Should Redis be unreachable, the node counts alone
/// rather than refuse every resident.
/// </summary>
public sealed class SubmissionRateLimit(IOptions<QuestionsOptions> options, IOptions<RedisOptions> redisOptions, IServiceProvider services,
    TimeProvider clock, ILogger<SubmissionRateLimit> logger)
{
    private WindowCounts _local = new(-1);

    /// <summary>Counts one attempt; true when it is within the limit.</summary>
    public async Task<bool> TryAcquireAsync(string tenant, string address)
    {
        var window = options.Value.SubmissionWindow;
        var index = clock.GetUtcNow().UtcTicks / window.Ticks;
        var key = $"{redisOptions.Value.KeyPrefix}:questions:{tenant}:{address}:{index}";
        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            try
            {
                var db = redis.GetDatabase();
                var count = await db.StringIncrementAsync(key);
                if (count == 1)
                {
                    await db.KeyExpireAsync(key, window);
                }

                return count <= options.Value.SubmissionsPerAddress;
            }
            catch (RedisException e)
            {
                logger.LogWarning(e, "Question rate limit: Redis unavailable, counting on this node");
            }
        }

        return CountsOf(index).Values.AddOrUpdate(key, 1, (_, n) => n + 1) <= options.Value.SubmissionsPerAddress;
    }

    /// <summary>
    /// The counts of this window. A new window replaces the old one's counts whole (so memory holds one window of
    /// addresses at most); replacing rather than clearing means no count of the current window is ever lost to a
    /// request that saw the window change a moment later than another.
    /// </summary>
    private WindowCounts CountsOf(long index)
    {
        var current = Volatile.Read(ref _local);
        if (current.Index == index)
        {
            return current;
        }

        var fresh = new WindowCounts(index);
        return Interlocked.CompareExchange(ref _local, fresh, current) == current ? fresh : Volatile.Read(ref _local);
    }

    private sealed class WindowCounts(long index)
    {
        public long Index { get; } = index;

        public ConcurrentDictionary<string, int> Values { get; } = new(StringComparer.Ordinal);
    }
}
