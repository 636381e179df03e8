using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A disposed test host lets go of its web root's file watcher (see <see cref="CmsHost.DisposeAsync"/>): one inotify
/// instance per host started, never released, made a whole run of this project fail at the user's limit of 128.
/// </summary>
public sealed class HostDisposalTests
{
    [Fact]
    public async Task A_disposed_host_no_longer_watches_its_web_root()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district").StartAsync(expectedTenants: 1);
        PhysicalFileProvider webRoot;
        try
        {
            var provider = host.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
            webRoot = (provider as CompositeFileProvider)?.FileProviders.OfType<PhysicalFileProvider>().First() ?? (PhysicalFileProvider)provider;
            // What asp-append-version does on an admin page: the provider starts its file system watcher.
            webRoot.Watch("admin/admin.css");
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }

        // Disposed, its watcher cannot be started again; while the provider lives it starts on the next watch.
        Assert.Throws<ObjectDisposedException>(() => webRoot.Watch("admin/admin.js"));
    }
}
