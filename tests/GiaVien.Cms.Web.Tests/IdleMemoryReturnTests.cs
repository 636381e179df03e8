using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Memory;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// What tenants released idle held is given back to the operating system once enough were released: a compacting
/// collection and a trim of the native heap after the sweep, not more than once per interval (each pauses every request).
/// </summary>
public sealed class IdleMemoryReturnTests
{
    [Fact]
    public async Task Releasing_enough_idle_tenants_compacts_the_heap_once_per_interval()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district",
            services: s => s.Configure<MemoryReturnOptions>(o => (o.MinReleasedTenants, o.MinInterval) = (2, TimeSpan.FromHours(1)))).StartAsync(expectedTenants: 1);
        try
        {
            var communes = new[] { TenantFactory.UniqueName("gia-hung"), TenantFactory.UniqueName("gia-vuong") };
            foreach (var name in communes)
            {
                await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã " + name, name, [], null));
            }

            var shells = host.Services.GetRequiredService<ShellHost>();
            var memoryReturn = host.Services.GetRequiredService<IdleMemoryReturn>();
            await VisitAsync(host, communes);
            var lastFullCollection = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

            Assert.True(shells.ReleaseIdle(TimeSpan.Zero) >= 2);
            Assert.Equal(1, memoryReturn.Returns);
            var collection = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            Assert.True(collection.Index > lastFullCollection);
            Assert.True(collection.Compacted);

            // Released again within the interval: the memory waits for the next return instead of pausing requests again.
            await VisitAsync(host, communes);
            Assert.True(shells.ReleaseIdle(TimeSpan.Zero) >= 2);
            Assert.Equal(1, memoryReturn.Returns);
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    private static async Task VisitAsync(CmsHost host, IEnumerable<string> communes)
    {
        foreach (var name in communes)
        {
            var (status, _) = await host.Browser().GetPageAsync($"/{name}/");
            Assert.Equal(System.Net.HttpStatusCode.OK, status);
        }
    }
}
