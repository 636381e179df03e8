using System.Collections.Concurrent;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>Counts the tenant database contexts that requests make (through <see cref="TenantDb"/>), by tenant.</summary>
public static class ContextCounting
{
    private static readonly ConcurrentDictionary<string, int> Made = new(StringComparer.Ordinal);

    /// <summary>Registers the request's <see cref="TenantDb"/> as the product does, counting each context it makes.</summary>
    public static void Register(IServiceCollection services) => services.AddScoped(sp =>
    {
        var shells = sp.GetRequiredService<ShellScope>();
        var requests = sp.GetRequiredService<IHttpContextAccessor>();
        return new TenantDb(() =>
        {
            // Only a request's: tests and the tenant's background work make contexts in scopes of their own.
            if (requests.HttpContext is not null)
            {
                Made.AddOrUpdate(shells.Shell.Name, 1, (_, count) => count + 1);
            }

            return shells.Shell.CreateDbContext();
        });
    });

    public static int MadeFor(string tenant) => Made.GetValueOrDefault(tenant);
}
