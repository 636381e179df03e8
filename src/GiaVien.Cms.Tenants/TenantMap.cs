using System.Collections.Concurrent;
using System.Collections.Frozen;
using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// An immutable snapshot of every tenant's bindings, rebuilt whenever the registry changes, so resolving a
/// request is a few dictionary look-ups with no lock, no database access and no allocation: the matches are made
/// here once, the path's first segment is looked up as a span among the prefixes in use, and which bound host names
/// (exact or wildcard) a Host header can match is remembered per header value.
/// </summary>
public sealed class TenantMap
{
    /// <summary>How many Host header values the map remembers; made-up ones past that are worked out each time.</summary>
    private const int RememberedHosts = 1024;

    private readonly FrozenDictionary<(string Host, string Prefix), TenantMatch> _bindings;
    private readonly FrozenDictionary<string, TenantRecord> _byName;
    private readonly FrozenSet<string> _hosts;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly ConcurrentDictionary<string, string[]> _boundHostsOf = new(StringComparer.Ordinal);

    public TenantMap(IEnumerable<TenantRecord> tenants)
    {
        var list = tenants.ToList();
        _byName = list.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _bindings = list.SelectMany(t => t.Bindings.Select(b => (Key: (b.Host, b.Prefix), Match: new TenantMatch(t, b.Prefix.Length > 0 ? b.Prefix : null))))
            .ToFrozenDictionary(x => x.Key, x => x.Match);
        _hosts = _bindings.Keys.Select(k => k.Host).Where(h => h.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _prefixes = _bindings.Keys.Select(k => k.Prefix).Where(p => p.Length > 0).Distinct()
            .ToFrozenDictionary(p => p, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether any tenant is bound to a host name: then a request for another host is refused.</summary>
    public bool HasHostBindings => _hosts.Count > 0;

    /// <summary>Whether <paramref name="host"/> is one of the tenants' host names (exactly or through a wildcard).</summary>
    public bool IsBoundHost(string host) => BoundHostsOf(host).Length > 0;

    public static TenantMap Empty { get; } = new([]);

    public IReadOnlyCollection<TenantRecord> Tenants => _byName.Values;

    public TenantRecord? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The tenant already answering on exactly this (host, prefix) pair, if any.</summary>
    public TenantRecord? OwnerOf(string host, string prefix) => _bindings.GetValueOrDefault((host, prefix))?.Tenant;

    /// <summary>
    /// Matches host and prefix, then host alone, then prefix alone, then the default tenant. Host names
    /// are tried exactly and then against wildcards (<c>*.example.vn</c>), most specific first. The prefix is
    /// compared without regard to case.
    /// </summary>
    public TenantMatch? Resolve(string host, ReadOnlySpan<char> firstSegment)
    {
        // A segment that is no tenant's prefix cannot match a binding with one.
        var prefix = !firstSegment.IsEmpty && _prefixes.TryGetValue(firstSegment, out var known) ? known : null;
        foreach (var candidate in BoundHostsOf(host))
        {
            if (prefix is not null && _bindings.TryGetValue((candidate, prefix), out var both))
            {
                return both;
            }

            if (_bindings.TryGetValue((candidate, ""), out var byHost))
            {
                return byHost;
            }
        }

        if (prefix is not null && _bindings.TryGetValue(("", prefix), out var byPrefix))
        {
            return byPrefix;
        }

        return _bindings.GetValueOrDefault(("", ""));
    }

    /// <summary>The host as given, without its port, then the wildcards that would match it, most specific first.</summary>
    public static IEnumerable<string> HostCandidates(string host)
    {
        yield return host;
        var portless = host.Split(':')[0];
        if (portless != host)
        {
            yield return portless;
        }

        for (var dot = portless.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = portless.IndexOf('.', dot + 1))
        {
            yield return "*" + portless[dot..];
        }
    }

    /// <summary>The bound host names (exact or wildcard) a Host header matches, most specific first.</summary>
    private string[] BoundHostsOf(string host)
    {
        if (!HasHostBindings)
        {
            return [];
        }

        if (_boundHostsOf.TryGetValue(host, out var bound))
        {
            return bound;
        }

        bound = HostCandidates(TenantNames.NormalizeHost(host)).Where(_hosts.Contains).ToArray();
        if (_boundHostsOf.Count < RememberedHosts)
        {
            _boundHostsOf.TryAdd(host, bound);
        }

        return bound;
    }
}

/// <summary>The tenant a request belongs to, and the URL prefix it was reached through (if any).</summary>
public sealed record TenantMatch(TenantRecord Tenant, string? Prefix);
