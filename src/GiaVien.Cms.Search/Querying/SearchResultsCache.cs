using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Results pages of recent searches, kept by the exact readers they were found in (in the spirit of Solr's query-result
/// cache). A resident's common search then costs its page's render instead of a match, a ranking, the facets over every
/// match and ten snippets. The key holds a number per index reader that is never given to another reader: a publish,
/// an edit or a rebuild refreshes the tenant's reader, so the next search has a new key and nothing kept can be stale;
/// in the district view the key holds every member's reader, so any member's change makes a new key. The key also holds
/// every part of the request and the types each index hides. What a hit shows of its tenant (name, address) is taken
/// from the current targets when the page is answered, not kept.
/// Bounded by <see cref="SearchOptions.ResultsCacheBytes"/> (an estimate of the kept strings, keys included); entries
/// not asked for within <see cref="SlidingExpiration"/> go, so a released tenant's pages do not stay.
/// </summary>
public sealed class SearchResultsCache : IDisposable
{
    /// <summary>How long an entry stays without being asked for.</summary>
    public static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(10);

    // Object headers, list and record fields of an entry and of each hit, roughly: small pages must count too.
    private const int EntryOverheadBytes = 512;
    private const int HitOverheadBytes = 160;

    // What a shown hit's address and tenant add to it, roughly (the base URL; the names are the tenant record's strings).
    private const int ShownTenantChars = 64;

    private static readonly ConditionalWeakTable<IndexReader, object> ReaderNumbers = new();
    private static long _lastReaderNumber;

    private readonly MemoryCache? _kept;

    public SearchResultsCache(IOptions<SearchOptions> options)
    {
        var bytes = options.Value.ResultsCacheBytes;
        _kept = bytes > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = bytes }) : null;
    }

    /// <summary>Pages kept now (for tests and the bench).</summary>
    public int Count => _kept?.Count ?? 0;

    /// <summary>The key of <paramref name="request"/> over <paramref name="readers"/> (each target's acquired reader, in order), or null when nothing is kept.</summary>
    public string? Key(string text, int page, SearchRequest request, bool sharedOnly, IReadOnlyList<SearchTarget> targets, IReadOnlyList<IndexReader> readers)
    {
        if (_kept is null)
        {
            return null;
        }

        var key = new StringBuilder(64 + text.Length + 12 * readers.Count);
        Append(key, text);
        key.Append(page).Append('|').Append(request.Language).Append('|').Append((int)request.Sort).Append('|');
        Append(key, request.SortField);
        key.Append(request.SortDescending ? 'd' : 'a').Append(sharedOnly ? 's' : 'o');
        Append(key, request.Category?.Trim());
        Append(key, request.ContentType?.Trim());
        key.Append(request.From?.DayNumber.ToString(CultureInfo.InvariantCulture)).Append('|');
        key.Append(request.To?.DayNumber.ToString(CultureInfo.InvariantCulture)).Append('|');
        foreach (var (field, value) in request.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Append(key, field);
            Append(key, value);
        }

        key.Append('|');
        foreach (var facet in request.Facets)
        {
            Append(key, facet);
        }

        AppendSet(key, request.HiddenTypes);
        for (var i = 0; i < readers.Count; i++)
        {
            key.Append(NumberOf(readers[i])).Append('|');
            AppendSet(key, targets[i].HiddenTypes);
        }

        return key.ToString();
    }

    /// <summary>The page kept under <paramref name="key"/>, shown for <paramref name="targets"/> (their current names and addresses).</summary>
    public SearchResults? Find(string? key, IReadOnlyList<SearchTarget> targets)
    {
        return key is null || _kept is null || !_kept.TryGetValue(key, out KeptPage? kept) || kept is null ? null : kept.ShownFor(targets);
    }

    /// <summary>Keeps <paramref name="results"/> (found over the key's readers); <paramref name="hits"/> says whose index and which path each hit is.</summary>
    public void Keep(string? key, SearchResults results, IReadOnlyList<(int Target, string Path)> hits)
    {
        if (key is null || _kept is null)
        {
            return;
        }

        var kept = new KeptPage(results, results.Hits.Select((hit, i) => (hits[i].Target, hits[i].Path, hit)).ToList());
        _kept.Set(key, kept, new MemoryCacheEntryOptions { Size = Bytes(key, results, hits), SlidingExpiration = SlidingExpiration });
    }

    public void Dispose() => _kept?.Dispose();

    private static long Bytes(string key, SearchResults results, IReadOnlyList<(int Target, string Path)> hits)
    {
        long chars = key.Length + results.Query.Length;
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            chars += hit.ContentItemId.Length + hit.ContentType.Length + hit.Title.Length + hit.TitleHtml.Length + hit.SnippetHtml.Length + hits[i].Path.Length;
            chars += hit.Categories.Sum(c => c.Length);
        }

        chars += results.Facets.Sum(f => f.Field.Length + f.Values.Sum(v => v.Value.Length + 16));
        // The page as last shown (KeptPage.ShownFor): a hit record and an address a hit, a tenant's name and base at most.
        chars += hits.Sum(h => h.Path.Length + ShownTenantChars);
        return EntryOverheadBytes + 2 * HitOverheadBytes * results.Hits.Count + 2 * chars;
    }

    // A reader's number is given once: a refreshed reader is another object, so it gets another number.
    private static long NumberOf(IndexReader reader) =>
        (long)ReaderNumbers.GetValue(reader, static _ => Interlocked.Increment(ref _lastReaderNumber));

    // Lengths first: no query text or value can be read as a separator.
    private static void Append(StringBuilder key, string? value) =>
        key.Append(value?.Length ?? -1).Append(':').Append(value).Append('|');

    private static void AppendSet(StringBuilder key, IReadOnlyCollection<string> values)
    {
        key.Append(values.Count).Append('[');
        foreach (var value in values.Count > 1 ? values.Order(StringComparer.Ordinal) : (IEnumerable<string>)values)
        {
            Append(key, value);
        }

        key.Append(']');
    }

    /// <summary>A kept results page, and the page as it was last shown for its targets' names and addresses.</summary>
    private sealed class KeptPage(SearchResults results, IReadOnlyList<(int Target, string Path, SearchHit Hit)> hits)
    {
        // Replaced whole, read without a lock: two searches at once may both make a page, and either is right.
        private volatile ShownPage? _shown;

        /// <summary>
        /// The page with each hit's tenant as <paramref name="targets"/> show it now: the same instance as last time while
        /// those are the same (so what the site keeps for a results instance is found again), a new one once a commune's
        /// name or address changed.
        /// </summary>
        public SearchResults ShownFor(IReadOnlyList<SearchTarget> targets)
        {
            if (_shown is { } last && last.Shows(hits, targets))
            {
                return last.Results;
            }

            var shownHits = new List<SearchHit>(hits.Count);
            var tenants = new string[hits.Count * ShownPage.ValuesPerHit];
            for (var i = 0; i < hits.Count; i++)
            {
                var (target, path, hit) = hits[i];
                var shown = targets[target];
                ShownPage.Write(tenants, i, shown);
                shownHits.Add(hit with { Tenant = shown.Tenant.Name, TenantDisplayName = shown.Tenant.DisplayName, Url = $"{shown.BaseUrl}/{path}" });
            }

            var page = results with { Hits = shownHits };
            _shown = new ShownPage(page, tenants);
            return page;
        }
    }

    /// <summary>A page as shown, and each hit's tenant's name, display name and base address it was shown with (strings, not the targets: no index is held).</summary>
    private sealed record ShownPage(SearchResults Results, string[] Tenants)
    {
        public const int ValuesPerHit = 3;

        public static void Write(string[] tenants, int hit, SearchTarget target)
        {
            tenants[hit * ValuesPerHit] = target.Tenant.Name;
            tenants[hit * ValuesPerHit + 1] = target.Tenant.DisplayName;
            tenants[hit * ValuesPerHit + 2] = target.BaseUrl;
        }

        public bool Shows(IReadOnlyList<(int Target, string Path, SearchHit Hit)> hits, IReadOnlyList<SearchTarget> targets)
        {
            for (var i = 0; i < hits.Count; i++)
            {
                var target = targets[hits[i].Target];
                if (Tenants[i * ValuesPerHit] != target.Tenant.Name || Tenants[i * ValuesPerHit + 1] != target.Tenant.DisplayName
                    || Tenants[i * ValuesPerHit + 2] != target.BaseUrl)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
