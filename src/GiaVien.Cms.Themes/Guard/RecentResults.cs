using System.Collections.Concurrent;

namespace GiaVien.Cms.Themes.Guard;

/// <summary>A few recent results of a costly pure function of a string; emptied when full (pages change rarely).</summary>
internal sealed class RecentResults(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _results = new(StringComparer.Ordinal);

    public string GetOrAdd(string input, Func<string, string> compute)
    {
        if (_results.TryGetValue(input, out var result))
        {
            return result;
        }

        result = compute(input);
        if (_results.Count >= capacity)
        {
            _results.Clear();
        }

        _results[input] = result;
        return result;
    }
}
