using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants.Memory;

/// <summary>
/// Gives the memory of tenants released idle back to the operating system once many were released. Nothing managed of a
/// released tenant survives it, yet the process does not shrink by itself: the server GC keeps the heap it grew into
/// committed for later allocations, and the page caches of the tenants' closed SQLite connections stay in glibc's malloc
/// arenas (docs/benchmarks.md, "RSS after release"). So after such an idle sweep one aggressive collection (compacting,
/// and decommitting the free space) and a <c>malloc_trim</c>; at most once per <see cref="MemoryReturnOptions.MinInterval"/>,
/// because the collection pauses every request.
/// </summary>
public sealed class IdleMemoryReturn(IOptions<MemoryReturnOptions> options, TimeProvider clock, ILogger<IdleMemoryReturn> logger)
{
    private readonly Lock _gate = new();
    private int _releasedSinceReturn;
    private DateTimeOffset _lastReturn = DateTimeOffset.MinValue;

    /// <summary>How many returns this process made.</summary>
    public int Returns { get; private set; }

    /// <summary>Told after each idle sweep how many shells it released; returns the memory when enough were, and it is time.</summary>
    public void AfterIdleSweep(int released)
    {
        var settings = options.Value;
        lock (_gate)
        {
            _releasedSinceReturn += released;
            var now = clock.GetUtcNow();
            if (settings.MinReleasedTenants <= 0 || _releasedSinceReturn < settings.MinReleasedTenants || now - _lastReturn < settings.MinInterval)
            {
                return;
            }

            var tenants = _releasedSinceReturn;
            _releasedSinceReturn = 0;
            _lastReturn = now;
            Returns++;
            Return(tenants);
        }
    }

    private void Return(int tenants)
    {
        var before = Environment.WorkingSet;
        var clockStarted = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var collected = Stopwatch.GetElapsedTime(clockStarted);
        var trimmed = NativeHeap.Trim();
        logger.LogInformation(
            "Memory of {Tenants} tenants released idle given back: working set {BeforeMb:0} MB -> {AfterMb:0} MB (collection {CollectionMs:0} ms, native heap trimmed: {Trimmed})",
            tenants, before / 1048576.0, Environment.WorkingSet / 1048576.0, collected.TotalMilliseconds, trimmed);
    }
}
