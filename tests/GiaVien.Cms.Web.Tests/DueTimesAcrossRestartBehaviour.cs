using System.Collections.Concurrent;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A restart does not open every tenant to find out what is due (their due times are kept in the host database), and
/// still misses nothing that became due while the node was down.
/// </summary>
public abstract class DueTimesAcrossRestartBehaviour(DatabaseProvider provider)
{
    /// <summary>Records the tenants whose background work ran.</summary>
    private sealed class TenantsRun : ITenantBackgroundTask
    {
        public ConcurrentDictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);

        public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
        {
            Runs.AddOrUpdate(tenantServices.GetRequiredService<ShellScope>().Shell.Name, 1, (_, runs) => runs + 1);
            return Task.CompletedTask;
        }

        public Task<DateTimeOffset?> NextDueAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);
    }

    /// <summary>Another node holds the shared work.</summary>
    private sealed class TakenLock : IBackgroundWorkLock
    {
        public Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);
    }

    [Fact]
    public async Task After_a_restart_only_the_tenants_whose_work_is_due_or_whose_record_changed_are_opened()
    {
        var runs = new TenantsRun();
        var first = await new CmsHost(provider, recipe: "giavien-district", services: s => s.AddSingleton<ITenantBackgroundTask>(runs)).StartAsync(expectedTenants: 1);
        CmsHost? second = null;
        try
        {
            var quiet = TenantFactory.UniqueName("gia-lac");
            var edited = TenantFactory.UniqueName("gia-tan");
            await TenantFactory.CreateAsync(first, new TenantSpec(quiet, "Xã Gia Lạc", quiet, [], null));
            await TenantFactory.CreateAsync(first, new TenantSpec(edited, "Xã Gia Tân", edited, [], null));
            await RunBackgroundAsync(first);
            Assert.True(runs.Runs.ContainsKey(quiet));
            var hostOptions = first.Services.GetRequiredService<TenantDatabase>().HostOptions();
            await first.DisposeAsync();

            // While no node runs, the record of one tenant changes behind the nodes' backs (a script, an older node).
            await using (var db = new HostDbContext(hostOptions))
            {
                await db.Tenants.Where(t => t.Name == edited).ExecuteUpdateAsync(s => s.SetProperty(t => t.Version, t => t.Version + 1));
            }

            runs.Runs.Clear();
            second = await first.Restarted().StartAsync(expectedTenants: 3);
            await RunBackgroundAsync(second);

            Assert.False(runs.Runs.ContainsKey(quiet), "a tenant with nothing due was opened after the restart");
            Assert.False(runs.Runs.ContainsKey(TenantRecord.DefaultName), "the district, with nothing due, was opened after the restart");
            Assert.True(runs.Runs.ContainsKey(edited), "a tenant whose record changed while the node was down was not looked at");
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await first.DisposeAsync();
            await DemoHost.DeleteDataAsync(first);
        }
    }

    [Fact]
    public async Task A_publication_scheduled_through_another_node_while_this_one_was_down_is_published_on_time()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var first = await new CmsHost(provider, recipe: "giavien-district", services: s => s.AddSingleton<TimeProvider>(clock)).StartAsync(expectedTenants: 1);
        CmsHost? other = null;
        CmsHost? restarted = null;
        try
        {
            var name = TenantFactory.UniqueName("gia-hung");
            await TenantFactory.CreateAsync(first, new TenantSpec(name, "Xã Gia Hưng", name, [], null));
            await RunBackgroundAsync(first);
            await first.DisposeAsync();

            // The other node (not holding the shared work) schedules a publication, then stops too.
            other = await new CmsHost(provider, first.DataPath, first.DatabaseName, first.Recipe, s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                s.Replace(ServiceDescriptor.Singleton<IBackgroundWorkLock, TakenLock>());
            }).StartAsync(expectedTenants: 2);
            var title = "Lễ hội đền Đinh Tiên Hoàng " + Guid.NewGuid().ToString("N")[..6];
            var draft = await NewsFactory.DraftAsync(other, name, title, "kiem-thu");
            await TenantServices.RunAsync(other, name, sp => sp.GetRequiredService<ContentPublisher>()
                .SchedulePublishAsync(draft.ContentItemId, clock.GetUtcNow().UtcDateTime.AddMinutes(10), "kiem-thu"));
            await other.DisposeAsync();

            restarted = await first.Restarted().StartAsync(expectedTenants: 2);
            clock.Advance(TimeSpan.FromMinutes(15));
            await RunBackgroundAsync(restarted);

            Assert.Contains(title, (await restarted.Browser().GetPageAsync($"/{name}/")).Html);
        }
        finally
        {
            foreach (var host in new[] { restarted, other })
            {
                if (host is not null)
                {
                    await host.DisposeAsync();
                }
            }

            await first.DisposeAsync();
            await DemoHost.DeleteDataAsync(first);
        }
    }

    private static Task RunBackgroundAsync(CmsHost host) =>
        host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);
}

public sealed class DueTimesAcrossRestartOnSqlite() : DueTimesAcrossRestartBehaviour(DatabaseProvider.Sqlite);

public sealed class DueTimesAcrossRestartOnPostgreSql() : DueTimesAcrossRestartBehaviour(DatabaseProvider.PostgreSql);
