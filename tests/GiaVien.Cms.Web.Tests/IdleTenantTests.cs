using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
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
        var host = new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district", services: s => s.AddSingleton<ITenantBackgroundTask>(task));
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
