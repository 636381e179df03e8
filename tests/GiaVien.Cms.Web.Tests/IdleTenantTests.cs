using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Visits;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// An installation of many tenants nobody visits costs almost nothing: background work runs only for tenants whose work
/// is due or changed, and an idle tenant gives back its search index.
/// </summary>
public sealed class IdleTenantTests
{
    /// <summary>A task with no work of its own to schedule (as the search and statistics tasks of an idle tenant).</summary>
    private sealed class CountingTask : ITenantBackgroundTask
    {
        public int Runs;

        public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.CompletedTask;
        }

        public Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);
    }

    [Fact]
    public async Task A_tenant_with_nothing_due_is_not_visited_again_until_its_work_changes()
    {
        var task = new CountingTask();
        var host = new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district", services: s => s.AddSingleton<ITenantBackgroundTask>(task))
        {
            Settings = CmsHost.BackgroundPassesByTheTestOnly,
        };
        try
        {
            await host.StartAsync(expectedTenants: 1);
            var background = host.Services.GetRequiredService<TenantBackgroundService>();
            await background.RunOnceAsync(CancellationToken.None);
            var afterFirstPass = task.Runs;
            Assert.True(afterFirstPass >= 1);

            await background.RunOnceAsync(CancellationToken.None);
            await background.RunOnceAsync(CancellationToken.None);
            Assert.Equal(afterFirstPass, task.Runs);

            // An editor deletes an item (written with its audit entry): the tenant's due work may have moved.
            var id = (await NewsFactory.PublishAsync(host, TenantRecord.DefaultName, "Tin sẽ bị xóa")).ContentItemId;
            await TenantServices.RunAsync(host, TenantRecord.DefaultName, sp => sp.GetRequiredService<ContentTrash>().DeleteAsync(id, "admin"));
            await background.RunOnceAsync(CancellationToken.None);
            Assert.Equal(afterFirstPass + 1, task.Runs);
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    [Fact]
    public async Task A_tenant_released_idle_or_worked_on_in_the_background_keeps_no_file_of_its_database_open()
    {
        // The test runs the background pass itself: the node's own pass could open the tenant while its files are counted.
        var host = await new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district") { Settings = CmsHost.BackgroundPassesByTheTestOnly }
            .StartAsync(expectedTenants: 1);
        try
        {
            var name = TenantFactory.UniqueName("gia-phong");
            await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Phong", name, [], null));
            var database = host.DataFolder.TenantDatabaseFile(name);
            var (status, _) = await host.Browser().GetPageAsync($"/{name}/");
            Assert.Equal(System.Net.HttpStatusCode.OK, status);
            Assert.NotEmpty(OpenFilesOf(database));

            // The visit is counted before the release, as the flush of the last visitors' counts does after it.
            host.Services.GetRequiredService<ShellHost>().ReleaseIdle(TimeSpan.Zero);
            await host.Services.GetRequiredService<VisitFlush>().RunAsync(CancellationToken.None);
            Assert.Empty(await OpenFilesOnceSettledAsync(database));

            // Its scheduled work (due again after a change) runs on a shell that is not kept, and leaves nothing open either.
            host.Services.GetRequiredService<TenantWorkSchedule>().MarkDue(name);
            await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);
            Assert.False(host.Services.GetRequiredService<ShellHost>().IsActive(name));
            Assert.Empty(await OpenFilesOnceSettledAsync(database));
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    /// <summary>
    /// The open files left once work already under way for the tenant (a search catch-up after its creation) has ended; a
    /// connection pool keeps its files open for minutes, so what is still open after 20 seconds stays open.
    /// </summary>
    private static async Task<List<string>> OpenFilesOnceSettledAsync(string databaseFile)
    {
        for (var attempt = 0; attempt < 80 && OpenFilesOf(databaseFile).Count > 0; attempt++)
        {
            await Task.Delay(250);
        }

        return OpenFilesOf(databaseFile);
    }

    /// <summary>This process's open file descriptors on <paramref name="databaseFile"/> or its -wal and -shm companions.</summary>
    private static List<string> OpenFilesOf(string databaseFile) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Select(fd => fd.LinkTarget)
            .Where(target => target is not null && target.StartsWith(databaseFile, StringComparison.Ordinal))
            .Select(target => target!)
            .ToList();

    [Fact]
    public async Task A_released_idle_tenant_closes_its_search_index_and_its_next_search_reopens_it_current()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district").StartAsync(expectedTenants: 1);
        CmsHost? restarted = null;
        try
        {
            var name = TenantFactory.UniqueName("gia-thanh");
            await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Thanh", name, [], null));
            await NewsFactory.PublishAsync(host, name, "Khánh thành cầu Gia Thanh");
            var client = host.Browser();
            await client.SearchUntilAsync($"/{name}/api/search?q=khanh+thanh", r => r.Total() == 1);
            var indexes = host.Services.GetRequiredService<SearchIndexes>();
            Assert.Contains(indexes.Open, i => i.TenantName == name);

            host.Services.GetRequiredService<ShellHost>().ReleaseIdle(TimeSpan.Zero);

            Assert.DoesNotContain(indexes.Open, i => i.TenantName == name);
            await NewsFactory.PublishAsync(host, name, "Khánh thành trường mầm non Gia Thanh");
            Assert.Equal(2, (await client.SearchUntilAsync($"/{name}/api/search?q=khanh+thanh", r => r.Total() == 2)).Total());

            // After a restart no index is opened until its tenant is searched, and the first search finds everything.
            await host.DisposeAsync();
            restarted = await host.Restarted().StartAsync(expectedTenants: 2);
            Assert.Empty(restarted.Services.GetRequiredService<SearchIndexes>().Open);
            Assert.Equal(2, (await restarted.Browser().SearchAsync($"/{name}/api/search?q=khanh+thanh")).Total());
        }
        finally
        {
            if (restarted is not null)
            {
                await restarted.DisposeAsync();
            }

            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }
}
