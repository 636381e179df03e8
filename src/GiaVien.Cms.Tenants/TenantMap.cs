using System.Collections.Frozen;
using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// An immutable snapshot of every tenant's bindings, rebuilt whenever the registry changes, so resolving a
/// request is a few dictionary look-ups with no lock and no database access.
/// </summary>
public sealed class TenantMap
{
    private readonly FrozenDictionary<(string Host, string Prefix), TenantRecord> _bindings;
    private readonly FrozenDictionary<string, TenantRecord> _byName;
    private readonly FrozenSet<string> _hosts;

    public TenantMap(IEnumerable<TenantRecord> tenants)
    {
        var list = tenants.ToList();
        _byName = list.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _bindings = list.SelectMany(t => t.Bindings.Select(b => (Key: (b.Host, b.Prefix), Tenant: t)))
            .ToFrozenDictionary(x => x.Key, x => x.Tenant);
        _hosts = _bindings.Keys.Select(k => k.Host).Where(h => h.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether any tenant is bound to a host name: then a request for another host is refused.</summary>
    public bool HasHostBindings => _hosts.Count > 0;

    /// <summary>Whether <paramref name="host"/> is one of the tenants' host names (exactly or through a wildcard).</summary>
    public bool IsBoundHost(string host) => HostCandidates(TenantNames.NormalizeHost(host)).Any(_hosts.Contains);

    public static TenantMap Empty { get; } = new([]);

    public IReadOnlyCollection<TenantRecord> Tenants => _byName.Values;

    public TenantRecord? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The tenant already answering on exactly this (host, prefix) pair, if any.</summary>
    public TenantRecord? OwnerOf(string host, string prefix) => _bindings.GetValueOrDefault((host, prefix));

    /// <summary>
    /// Matches host and prefix, then host alone, then prefix alone, then the default tenant. Host names
    /// are tried exactly and then against wildcards (<c>*.example.vn</c>), most specific first.
    /// </summary>
    public TenantMatch? Resolve(string host, string? firstSegment)
    {
        var prefix = firstSegment?.ToLowerInvariant() ?? "";
        foreach (var candidate in HostCandidates(TenantNames.NormalizeHost(host)))
        {
            if (prefix.Length > 0 && _bindings.TryGetValue((candidate, prefix), out var both))
            {
                return new TenantMatch(both, prefix);
            }

            if (_bindings.TryGetValue((candidate, ""), out var byHost))
            {
                return new TenantMatch(byHost, null);
            }
        }

        if (prefix.Length > 0 && _bindings.TryGetValue(("", prefix), out var byPrefix))
        {
            return new TenantMatch(byPrefix, prefix);
        }

        return _bindings.TryGetValue(("", ""), out var fallback) ? new TenantMatch(fallback, null) : null;
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
}

/// <summary>The tenant a request belongs to, and the URL prefix it was reached through (if any).</summary>
public sealed record TenantMatch(TenantRecord Tenant, string? Prefix);
