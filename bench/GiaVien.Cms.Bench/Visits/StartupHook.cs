using System.Diagnostics;
using System.Globalization;

/// <summary>
/// Loaded into the measured server by <c>DOTNET_STARTUP_HOOKS</c> (the bench's own dll, which sits beside the CMS's):
/// every 200 ms it appends the runtime's own counters — collections per generation, GC pause time, bytes allocated,
/// thread-pool threads and work items, lock contentions — and the database work EF Core reported (commands and commits:
/// on a cached page only the visit flush touches the database) to the file named by <see cref="FileVariable"/>, so
/// the bench can tell what a slow run paid for. Nothing of it runs without that variable.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1050", Justification = "The runtime looks for a StartupHook class outside any namespace.")]
internal static class StartupHook
{
    public const string FileVariable = "GIAVIEN_BENCH_COUNTERS";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } file)
        {
            return;
        }

        var database = new DatabaseWork();
        DiagnosticListener.AllListeners.Subscribe(database);
        // A thread of its own, not the pool's: it must not wait behind the work it watches.
        new Thread(() => Sample(file, database)) { IsBackground = true, Name = "bench counters" }.Start();
    }

    private static void Sample(string file, DatabaseWork database)
    {
        using var writer = new StreamWriter(file, append: false) { AutoFlush = true };
        while (true)
        {
            writer.WriteLine(string.Join(' ', new[]
            {
                DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
                (long)GC.GetTotalPauseDuration().TotalMicroseconds, GC.GetTotalAllocatedBytes(), ThreadPool.ThreadCount,
                ThreadPool.CompletedWorkItemCount, Monitor.LockContentionCount, OsThreads(),
                Interlocked.Read(ref database.Commands), Interlocked.Read(ref database.Microseconds), Interlocked.Read(ref database.LongestMicroseconds),
            }.Select(v => v.ToString(CultureInfo.InvariantCulture))));
            Thread.Sleep(200);
        }
    }

    // One small read rather than Process.Threads, which reads a file per thread.
    private static long OsThreads() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal))["Threads:".Length..].Trim(), CultureInfo.InvariantCulture);

    /// <summary>EF Core's executed commands and committed transactions: how many, their total and longest duration.</summary>
    private sealed class DatabaseWork : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly Lock _gate = new();

        public long Commands;
        public long Microseconds;
        public long LongestMicroseconds;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
            {
                listener.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (!value.Key.EndsWith(".CommandExecuted", StringComparison.Ordinal) && !value.Key.EndsWith(".TransactionCommitted", StringComparison.Ordinal))
            {
                return;
            }

            // Read by name: the bench does not reference EF Core's event data types.
            if (value.Value?.GetType().GetProperty("Duration")?.GetValue(value.Value) is TimeSpan duration)
            {
                var microseconds = (long)duration.TotalMicroseconds;
                lock (_gate)
                {
                    Commands++;
                    Microseconds += microseconds;
                    LongestMicroseconds = Math.Max(LongestMicroseconds, microseconds);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
