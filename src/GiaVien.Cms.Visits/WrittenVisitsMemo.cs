using System.Collections.Concurrent;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Visits;

/// <summary>
/// What a tenant's <c>VisitCounts</c> said when last read (the footer's sums, the ids of "Đọc nhiều"), kept in its shell
/// so an uncached page does not read them on every render. The table changes only when a node flushes: this node's
/// flush forgets the tenant's answers at once; another node's is seen once an answer is older than
/// <see cref="VisitsOptions.FlushInterval"/>, which is how late that node's views are seen anyway. A new day reads again.
/// </summary>
public sealed class WrittenVisitsMemo(IOptions<VisitsOptions> options, TimeProvider clock)
{
    private sealed record Answer(object Value, DateOnly Day, DateTimeOffset ReadAt);

    private sealed class Held
    {
        // Moved by every forget: an answer read before a flush committed is not kept after it.
        public long Generation;

        public ConcurrentDictionary<string, Answer> Answers { get; } = new(StringComparer.Ordinal);
    }

    public async Task<T> GetOrReadAsync<T>(ShellContext shell, string key, DateOnly day, Func<Task<T>> read)
        where T : notnull
    {
        var held = shell.GetFeature(static _ => new Held());
        var now = clock.GetUtcNow();
        if (held.Answers.TryGetValue(key, out var kept) && kept.Day == day && now - kept.ReadAt < options.Value.FlushInterval)
        {
            return (T)kept.Value;
        }

        var generation = Interlocked.Read(ref held.Generation);
        var value = await read();
        if (Interlocked.Read(ref held.Generation) == generation)
        {
            held.Answers[key] = new Answer(value, day, now);
        }

        return value;
    }

    /// <summary>After this node wrote the tenant's counts: the next render reads them.</summary>
    public static void Forget(ShellContext shell)
    {
        var held = shell.GetFeature(static _ => new Held());
        Interlocked.Increment(ref held.Generation);
        held.Answers.Clear();
    }
}
