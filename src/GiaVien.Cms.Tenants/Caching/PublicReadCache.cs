using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants.Caching;

/// <summary>
/// Answers of the current tenant's read queries of what its public site shows (published lists, routes, categories,
/// switched-off types), kept in its shell until the tenant's public changes move: a publish, a setting, a definition
/// or a feature saved here, or reported by another node (see <see cref="PublicChangeCounter"/>). An uncached page then
/// reads the database only for what nobody asked since the last change. Bounded by an estimate of the bytes it holds
/// per tenant (<see cref="PublicReadCacheOptions.BytesPerTenant"/>; once full, answers are read and not kept), and
/// dropped with the shell when the tenant is released.
/// </summary>
public sealed class PublicReadCache(ShellScope scope, PublicChangeCounter changes, IOptions<PublicReadCacheOptions> options)
{
    private sealed class Generation(long changeCount)
    {
        private long _bytes;

        public long ChangeCount { get; } = changeCount;

        public ConcurrentDictionary<string, object> Answers { get; } = new(StringComparer.Ordinal);

        /// <summary>Keeps <paramref name="answer"/> when its bytes fit the budget and no other request kept one first.</summary>
        public void TryKeep(string key, object answer, long bytes, long budget)
        {
            if (Interlocked.Add(ref _bytes, bytes) > budget || !Answers.TryAdd(key, answer))
            {
                Interlocked.Add(ref _bytes, -bytes);
            }
        }
    }

    private sealed class Holder
    {
        public volatile Generation? Current;
    }

    /// <summary>
    /// The answer kept for <paramref name="key"/> since the tenant's last public change, or <paramref name="load"/>'s,
    /// kept when it fits. Inside a transaction of <paramref name="db"/> nothing is read from or added to the cache: what
    /// that transaction sees may be rolled back. A null answer (nothing found) is not kept, so unknown keys cannot fill
    /// the budget. Answers are shared between requests, so they must never be changed.
    /// </summary>
    public async Task<T> GetOrLoadAsync<T>(TenantDb db, string key, Func<Task<T>> load, Func<T, long> bytes)
    {
        if (!scope.HasShell || db.InTransaction || options.Value.BytesPerTenant <= 0)
        {
            return await load();
        }

        var generation = Current();
        if (generation.Answers.TryGetValue(key, out var kept))
        {
            return (T)kept;
        }

        // The generation was taken before reading: a change committed while this reads starts a new one, so this
        // answer, kept in the old one, is never served after that change.
        var answer = await load();
        if (answer is null)
        {
            return answer;
        }

        generation.TryKeep(key, answer, bytes(answer) + key.Length * 2L, options.Value.BytesPerTenant);

        return answer;
    }

    /// <summary>The key of a query's answer: its name and arguments, apart by a control character no argument holds.</summary>
    public static string Key(string query, params object?[] arguments) =>
        string.Join('\u001f', arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture)).Prepend(query));

    private Generation Current()
    {
        var holder = scope.Shell.GetFeature(static _ => new Holder());
        var count = changes.Of(scope.Shell.Name);
        if (holder.Current is { } current && current.ChangeCount == count)
        {
            return current;
        }

        // Two requests may both start a generation for the same count: one is dropped, which costs a read, never a wrong answer.
        var started = new Generation(count);
        holder.Current = started;
        return started;
    }
}
