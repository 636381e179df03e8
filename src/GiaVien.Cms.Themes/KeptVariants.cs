namespace GiaVien.Cms.Themes;

/// <summary>
/// The few rendered variants of one kept thing (a news item's partial, a layout part of a site), each by the key it was
/// rendered for; at most <paramref name="max"/>, the oldest giving way, so a template that varies its inputs without end
/// cannot grow it. The array is replaced whole under the lock and read without it: a render never waits for another.
/// </summary>
internal sealed class KeptVariants<TKey>(int max)
    where TKey : IEquatable<TKey>
{
    private (TKey Key, string Html)[] _variants = [];

    /// <summary>The markup of the first variant <paramref name="matches"/> accepts; the state is passed so a look-up allocates nothing.</summary>
    public string? Find<TState>(TState state, Func<TKey, TState, bool> matches)
    {
        foreach (var (key, html) in _variants)
        {
            if (matches(key, state))
            {
                return html;
            }
        }

        return null;
    }

    public void Add(TKey key, string html)
    {
        lock (this)
        {
            var kept = _variants.Where(v => !v.Key.Equals(key)).TakeLast(max - 1);
            _variants = [.. kept, (key, html)];
        }
    }
}
