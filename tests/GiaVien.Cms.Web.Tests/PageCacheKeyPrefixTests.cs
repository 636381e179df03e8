using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Site.Caching;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The policy's part of a page's cache key on a cached hit: the same values give the same key, any value that changes
/// the page (tenant, path base as written, gzip, page number) another, and a hit of a first page builds none of it
/// again (on the busiest requests of the site, each byte allocated is paid in collections).
/// </summary>
public sealed class PageCacheKeyPrefixTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<(TenantPageCachePolicy Policy, HttpContext Http)> RequestAsync(string tenant, string pathBase, bool gzip)
    {
        var record = host.Registry.Map.Resolve("localhost", tenant)!.Tenant;
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(record);
        var http = new DefaultHttpContext { RequestServices = host.Services };
        http.Features.Set(shell);
        http.Request.Method = "GET";
        http.Request.PathBase = pathBase;
        http.Request.Path = "/tin-tuc/mot-bai-viet";
        if (gzip)
        {
            http.Request.Headers.AcceptEncoding = "gzip, deflate, br, zstd";
        }

        _ = http.User; // the anonymous visitor, made before the policy asks
        http.Items["first"] = true;
        return (ActivatorUtilities.CreateInstance<TenantPageCachePolicy>(host.Services), http);
    }

    private static async Task<string?> PrefixAsync(TenantPageCachePolicy policy, HttpContext http)
    {
        var context = new OutputCacheContext { HttpContext = http };
        await policy.CacheRequestAsync(context, CancellationToken.None);
        return context.CacheVaryByRules.CacheKeyPrefix;
    }

    [Fact]
    public async Task Each_value_a_page_depends_on_makes_its_own_key_and_the_same_values_the_same_key()
    {
        var (policy, http) = await RequestAsync("gia-hoa", "/gia-hoa", gzip: true);
        var keys = new[]
        {
            await PrefixAsync(policy, http),
            await PrefixAsync(policy, (await RequestAsync("gia-hoa", "/gia-hoa", gzip: false)).Http),
            await PrefixAsync(policy, (await RequestAsync("gia-hoa", "/GIA-HOA", gzip: true)).Http),
            await PrefixAsync(policy, (await RequestAsync("mat-tran", "/gia-hoa", gzip: true)).Http),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(keys[0], await PrefixAsync(policy, (await RequestAsync("gia-hoa", "/gia-hoa", gzip: true)).Http));
    }

    [Fact]
    public async Task A_hit_of_a_first_page_reuses_the_key_made_for_the_first_one()
    {
        var (policy, http) = await RequestAsync("gia-hoa", "/gia-hoa", gzip: true);
        var first = await PrefixAsync(policy, http);

        var again = await PrefixAsync(policy, (await RequestAsync("gia-hoa", "/gia-hoa", gzip: true)).Http);

        // The same instance, not an equal string built again: a dictionary of vary values and a tag string per request
        // were about 700 bytes per hit. (Bytes are not asserted: an await may resume on another thread's counter.)
        Assert.Same(first, again);
    }
}
