using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only when the connection comes from a proxy
/// named in <c>Cms:ForwardedHeaders:KnownProxies</c> (addresses) or <c>KnownNetworks</c> (CIDR), and applied once.
/// Walking the list from the right, the first address not sent by a known proxy is the client: whatever a client
/// writes in front of it is ignored, so it can neither pick its own rate-limit bucket nor forge the logged address.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "Cms:ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED makes the host add its own forwarded-headers middleware that trusts
        // every peer; with ours it applied the headers twice. Only the configured proxies count.
        foreach (var hostFilter in services.Where(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "ForwardedHeadersStartupFilter").ToList())
        {
            services.Remove(hostFilter);
        }

        var proxies = Values(configuration.GetSection(Section + ":KnownProxies")).Select(ParseAddress).ToList();
        var networks = Values(configuration.GetSection(Section + ":KnownNetworks")).Select(ParseNetwork).ToList();
        services.PostConfigure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Every proxy of a chain may be listed; the walk stops at the first address no known proxy sent.
            options.ForwardLimit = null;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Applies forwarded headers when proxies are configured; without any, the headers are ignored.</summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count + options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        else if (string.Equals(app.Configuration["ForwardedHeaders_Enabled"], "true", StringComparison.OrdinalIgnoreCase))
        {
            app.Logger.LogWarning("ASPNETCORE_FORWARDEDHEADERS_ENABLED is ignored: name the proxies in {Section}:KnownProxies or KnownNetworks", Section);
        }
    }

    /// <summary>A list as configuration array entries (<c>KnownProxies:0</c>) or one comma-separated value.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0));

    private static IPAddress ParseAddress(string value) => IPAddress.TryParse(value, out var address)
        ? address
        : throw new InvalidOperationException($"{Section}:KnownProxies: \"{value}\" is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) => System.Net.IPNetwork.TryParse(value, out var network)
        ? network
        : throw new InvalidOperationException($"{Section}:KnownNetworks: \"{value}\" is not a network in CIDR notation (e.g. 172.28.0.0/24).");
}
