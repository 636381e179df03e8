using System.Net;
using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants;

/// <summary>Bound from <c>Cms</c>: the installation's public address.</summary>
public sealed class PublicAddressOptions
{
    /// <summary>
    /// <c>Cms:PublicBaseUrl</c>, e.g. <c>https://giavien.ninhbinh.gov.vn</c>: the origin of every tenant that has no
    /// host name of its own, in canonical links, feeds, sitemaps and password links.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// The scheme and host that absolute links of a tenant use (canonical, <c>og:url</c>, RSS, sitemaps, robots.txt,
/// password links). They come from configuration — the tenant's host names, <c>Cms:PublicBaseUrl</c> — never from a
/// Host header a client made up: the request's host is used only when it is one of those names or a loopback name
/// (the out-of-the-box <c>http://localhost:5000</c>).
/// </summary>
public sealed class PublicOrigins
{
    private readonly TenantRegistry _registry;
    private readonly Uri? _publicBase;
    private readonly string? _publicOrigin;

    public PublicOrigins(TenantRegistry registry, IOptions<PublicAddressOptions> options)
    {
        _registry = registry;
        var configured = options.Value.PublicBaseUrl?.Trim();
        if (!string.IsNullOrEmpty(configured))
        {
            _publicBase = Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new InvalidOperationException($"Cms:PublicBaseUrl \"{configured}\" is not an absolute http(s) address.");
            _publicOrigin = _publicBase.GetLeftPart(UriPartial.Authority);
        }
    }

    /// <summary>
    /// Whether a request for an unknown host is refused: host names or a public address are configured. Not while the
    /// records are still being read after a start: a tenant's own host name is not known yet, and the request is
    /// answered 503 "đang khởi tạo" by the tenant middleware rather than refused as foreign.
    /// </summary>
    public bool RefusesUnknownHosts => _registry.IsLoaded && (_publicBase is not null || _registry.Map.HasHostBindings);

    /// <summary>A host this installation answers on: a tenant's host name, the public address's, or loopback.</summary>
    public bool IsKnownHost(HostString host) =>
        IsLoopback(host) || _registry.Map.IsBoundHost(host.Value ?? "")
        || (_publicBase is not null && string.Equals(_publicBase.Host, host.Host, StringComparison.OrdinalIgnoreCase));

    /// <summary>The current request's tenant's origin (<c>scheme://host[:port]</c>, no path).</summary>
    public string Origin(HttpContext context) =>
        context.Features.Get<TenantMatch>()?.Tenant is { } tenant ? Origin(tenant, context.Request) : Fallback(context.Request);

    /// <summary><paramref name="tenant"/>'s origin, as seen from <paramref name="request"/>.</summary>
    public string Origin(TenantRecord tenant, HttpRequest request)
    {
        // Every uncached page asks (its canonical link, the site's address): a tenant reached by a URL prefix, as most
        // communes are, has no host name for the request's host to match, so nothing is matched for it.
        var hostNames = tenant.HostNames;
        if (hostNames.Count == 0)
        {
            return _publicOrigin ?? Fallback(request);
        }

        if (TenantMap.HostCandidates(TenantNames.NormalizeHost(request.Host.Value ?? "")).Any(hostNames.Contains))
        {
            return $"{request.Scheme}://{request.Host}";
        }

        if (hostNames.FirstOrDefault(h => !h.StartsWith('*')) is { } own)
        {
            return $"{_publicBase?.Scheme ?? request.Scheme}://{own}";
        }

        return _publicOrigin ?? Fallback(request);
    }

    /// <summary>The absolute URL of <paramref name="path"/> (no leading slash needed) on <paramref name="tenant"/>.</summary>
    public string Absolute(TenantRecord tenant, HttpRequest request, string path)
    {
        var prefix = tenant.UrlPrefix is null ? "" : "/" + tenant.UrlPrefix;
        return $"{Origin(tenant, request)}{prefix}/{path.TrimStart('/')}";
    }

    /// <summary>
    /// <paramref name="tenant"/>'s address from configuration alone — its own host name, else <c>Cms:PublicBaseUrl</c> —
    /// with its URL prefix, for links made outside any request (e-mail sent by the background work); null when neither is set.
    /// </summary>
    public string? ConfiguredBase(TenantRecord tenant)
    {
        var origin = tenant.HostNames.FirstOrDefault(h => !h.StartsWith('*')) is { } own
            ? $"{_publicBase?.Scheme ?? Uri.UriSchemeHttps}://{own}"
            : _publicOrigin;
        return origin is null ? null : origin + (tenant.UrlPrefix is null ? "" : "/" + tenant.UrlPrefix);
    }

    /// <summary>Nothing configured: the request's host if this installation knows it, else localhost on the request's port.</summary>
    private string Fallback(HttpRequest request) => IsKnownHost(request.Host)
        ? $"{request.Scheme}://{request.Host}"
        : $"{request.Scheme}://localhost{(request.Host.Port is { } port ? ":" + port : "")}";

    private static bool IsLoopback(HostString host) =>
        string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
