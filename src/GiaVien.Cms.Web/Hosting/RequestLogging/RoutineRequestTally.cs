using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary>
/// Routine requests of the current interval, one row per tenant, method, path and status: count, shortest, longest
/// and a histogram for the median. A request adds itself to its row under the row's own lock (two cores rarely meet
/// there); <see cref="Drain"/> empties the rows and removes those that stayed empty a whole interval, so the table
/// holds what is being requested now.
/// </summary>
public sealed class RoutineRequestTally(IOptions<RequestLogOptions> options)
{
    /// <summary>The path under which routine requests are counted once the interval's table is full.</summary>
    public const string OtherPaths = "*";

    private readonly ConcurrentDictionary<RoutineRequestKey, Row> _rows = new();
    private readonly int _maxRows = options.Value.MaxRowsPerInterval;
    private int _rowCount;

    public void Add(RoutineRequestKey key, long elapsedTicks)
    {
        var microseconds = elapsedTicks * 1_000_000 / Stopwatch.Frequency;
        while (true)
        {
            var row = RowFor(key);
            lock (row.Gate)
            {
                // A row drained empty was removed: count in the one that replaces it.
                if (!row.Removed)
                {
                    row.Add(microseconds);
                    return;
                }
            }
        }
    }

    /// <summary>Takes what was counted since the last call, row by row; rows with nothing counted are dropped.</summary>
    public List<RoutineRequestSummary> Drain()
    {
        var summaries = new List<RoutineRequestSummary>();
        foreach (var (key, row) in _rows)
        {
            lock (row.Gate)
            {
                if (row.Count == 0)
                {
                    row.Removed = true;
                    _rows.TryRemove(key, out _);
                    Interlocked.Decrement(ref _rowCount);
                    continue;
                }

                summaries.Add(row.Take(key));
            }
        }

        return summaries;
    }

    private Row RowFor(RoutineRequestKey key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }

        if (Volatile.Read(ref _rowCount) >= _maxRows)
        {
            key = key with { Path = OtherPaths };
            if (_rows.TryGetValue(key, out row))
            {
                return row;
            }
        }

        var added = new Row();
        if (_rows.TryAdd(key, added))
        {
            Interlocked.Increment(ref _rowCount);
            return added;
        }

        return _rows.TryGetValue(key, out row) ? row : RowFor(key);
    }

    private sealed class Row
    {
        private readonly DurationHistogram _histogram = new();
        private long _min = long.MaxValue;
        private long _max;

        public Lock Gate { get; } = new();

        public bool Removed { get; set; }

        public long Count { get; private set; }

        public void Add(long microseconds)
        {
            Count++;
            _min = Math.Min(_min, microseconds);
            _max = Math.Max(_max, microseconds);
            _histogram.Add(microseconds);
        }

        public RoutineRequestSummary Take(RoutineRequestKey key)
        {
            var median = Math.Clamp(_histogram.Median(Count), _min, _max);
            var summary = new RoutineRequestSummary(key, Count, _min / 1000.0, median / 1000.0, _max / 1000.0);
            Count = 0;
            _min = long.MaxValue;
            _max = 0;
            _histogram.Clear();
            return summary;
        }
    }
}

/// <summary>What routine requests are counted by: the tenant (null before one is known), method, full path and status.</summary>
public readonly record struct RoutineRequestKey(string? Tenant, string Method, string Path, int Status);

/// <summary>One row of an interval: how many requests and their durations in milliseconds (the median within ~12 %).</summary>
public sealed record RoutineRequestSummary(RoutineRequestKey Key, long Count, double MinMs, double MedianMs, double MaxMs);
