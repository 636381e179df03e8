using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace GiaVien.Cms.Web.Tests;

/// <summary>What a node does in a background pass, depending on whether it holds the shared work lock.</summary>
public sealed class SharedBackgroundWorkTests
{
    private sealed class CountingTask(bool everyNode) : ITenantBackgroundTask
    {
        public int Runs;

        public bool RunsOnEveryNode => everyNode;

        public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.CompletedTask;
        }
    }

    /// <summary>Another node holds the lock.</summary>
    private sealed class TakenLock : IBackgroundWorkLock
    {
        public Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);
    }

    [Fact]
    public async Task A_node_without_the_lock_runs_only_the_work_on_its_own_files()
    {
        var shared = new CountingTask(everyNode: false);
        var local = new CountingTask(everyNode: true);
        await using var host = new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district", services: services =>
        {
            services.AddSingleton<ITenantBackgroundTask>(shared);
            services.AddSingleton<ITenantBackgroundTask>(local);
            services.Replace(ServiceDescriptor.Singleton<IBackgroundWorkLock, TakenLock>());
        }) { Settings = CmsHost.BackgroundPassesByTheTestOnly };
        await host.StartAsync(expectedTenants: 1);
        var (sharedBefore, localBefore) = (shared.Runs, local.Runs);

        await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(sharedBefore, shared.Runs);
        Assert.Equal(localBefore + 1, local.Runs);
    }

    [Fact]
    public async Task A_setup_whose_node_died_is_released_after_the_setup_timeout()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district", services: services => services.AddSingleton<TimeProvider>(clock));
        await host.StartAsync(expectedTenants: 1);
        var name = TenantFactory.UniqueName("gia-phu");
        await host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Phú", name, [], "giavien-commune"));
        await host.Registry.SetStateAsync(name, TenantState.Initializing); // as a node does right before it runs the recipe, then dies
        var background = host.Services.GetRequiredService<TenantBackgroundService>();

        clock.Advance(TimeSpan.FromMinutes(10));
        await background.RunOnceAsync(CancellationToken.None);
        Assert.Equal(TenantState.Initializing, host.Registry.Map.Find(name)!.State);

        clock.Advance(TimeSpan.FromMinutes(25));
        await background.RunOnceAsync(CancellationToken.None);
        var released = host.Registry.Map.Find(name)!;
        Assert.Equal(TenantState.Uninitialized, released.State);
        Assert.Contains("bị gián đoạn", released.LastError);
    }
}
