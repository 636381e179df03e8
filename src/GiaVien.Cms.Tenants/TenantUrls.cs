using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Tenants;

/// <summary>Where a tenant's pages are, as seen from the current request (same host when the tenant answers on a prefix).</summary>
public static class TenantUrls
{
    /// <summary>The absolute URL of <paramref name="path"/> (no leading slash) on <paramref name="tenant"/>.</summary>
    public static string Absolute(TenantRecord tenant, HttpRequest request, string path)
    {
        var relative = path.TrimStart('/');
        var prefix = tenant.UrlPrefix is null ? "" : "/" + tenant.UrlPrefix;
        var requestHost = TenantNames.NormalizeHost(request.Host.Value ?? "");
        var answersHere = tenant.Bindings.Any(b => b.Prefix == (tenant.UrlPrefix ?? "") && (b.Host.Length == 0 || b.Host == requestHost));
        var host = answersHere || tenant.HostNames.FirstOrDefault(h => !h.StartsWith('*')) is not { } own ? request.Host.Value : own;
        return $"{request.Scheme}://{host}{prefix}/{relative}";
    }
}
