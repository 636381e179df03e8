using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// After a restart the server starts (and <c>/health</c> can answer) once the district's shell is activated, so the
/// district home's first render follows liveness closely; a slow activation delays it no longer than the limit.
/// </summary>
public sealed class ListeningAfterDistrictShellTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_a_restart_the_server_starts_once_the_district_shell_is_activated()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite).StartAsync();
        var held = new HeldDistrictActivation();
        CmsHost? restarted = null;
        try
        {
            await host.DisposeAsync();
            restarted = Restarted(host, held, limit: "00:01:00");
            var starting = Task.Run(() => restarted.Services);
            await Eventually.ThatAsync(() => Task.FromResult(held.IsHolding), Patience, "the district's shell was not activated after the restart");
            // Long enough for a start that does not wait: on a loaded machine the host's own start takes that long.
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.False(held.ServerStarted, "the server started while the district's shell was being activated");

            held.Release();
            await starting.WaitAsync(Patience);
            Assert.True(held.ServerStarted);
            var visitor = restarted.Browser();
            using (var health = await visitor.GetAsync("/health"))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            await Eventually.ThatAsync(async () =>
            {
                using var ready = await visitor.GetAsync("/health/ready");
                return ready.StatusCode == HttpStatusCode.OK;
            }, Patience, "the node did not become ready");
            Assert.Contains("Gia Viễn", (await visitor.GetPageAsync("/")).Html, StringComparison.Ordinal);
        }
        finally
        {
            await DisposeAsync(host, held, restarted);
        }
    }

    [Fact]
    public async Task A_slow_activation_delays_the_server_no_longer_than_the_limit()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite).StartAsync();
        var held = new HeldDistrictActivation();
        CmsHost? restarted = null;
        try
        {
            await host.DisposeAsync();
            restarted = Restarted(host, held, limit: "00:00:00.5");
            var visitor = restarted.Browser();
            using (var health = await visitor.GetAsync("/health"))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            Assert.True(held.IsHolding, "the district's shell was activated before the server started");
            using (var ready = await visitor.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }
        }
        finally
        {
            await DisposeAsync(host, held, restarted);
        }
    }

    private static CmsHost Restarted(CmsHost host, HeldDistrictActivation held, string limit) =>
        new(DatabaseProvider.Sqlite, host.DataPath, host.DatabaseName,
            services: services => services.AddSingleton<IShellActivation>(provider => held.Watching(provider.GetRequiredService<IHostApplicationLifetime>())))
        {
            Settings = new Dictionary<string, string> { [ListeningAfterDistrictShell.LimitKey] = limit },
        };

    private static async Task DisposeAsync(CmsHost host, HeldDistrictActivation held, CmsHost? restarted)
    {
        held.Release();
        if (restarted is not null)
        {
            await restarted.DisposeAsync();
        }

        await host.DisposeAsync();
        await DemoHost.DeleteDataAsync(host);
    }

    /// <summary>Holds the district shell's activation until released, at most 30 s, and tells whether the server has started.</summary>
    private sealed class HeldDistrictActivation : IShellActivation
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private IHostApplicationLifetime? _lifetime;
        private int _holding;

        public bool IsHolding => Volatile.Read(ref _holding) > 0 && !_released.Task.IsCompleted;

        public bool ServerStarted => _lifetime?.ApplicationStarted.IsCancellationRequested ?? false;

        public HeldDistrictActivation Watching(IHostApplicationLifetime lifetime)
        {
            _lifetime = lifetime;
            return this;
        }

        public void Release() => _released.TrySetResult();

        public async Task ActivatedAsync(ShellContext shell, CancellationToken cancellationToken)
        {
            if (shell.Name == TenantRecord.DefaultName)
            {
                Interlocked.Increment(ref _holding);
                await _released.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
        }
    }
}
