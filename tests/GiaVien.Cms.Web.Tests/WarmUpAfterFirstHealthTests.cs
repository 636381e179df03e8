using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// After a restart, once <c>/health</c> has answered, the district home's theme views are parsed (and the routing
/// matcher's code run) while the district's shell is still being activated, not by the home's first render once it
/// is; the node still says ready only after that render, and serves the home.
/// </summary>
public sealed class WarmUpAfterFirstHealthTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_a_restart_and_the_first_health_answer_the_home_views_are_parsed_while_the_district_shell_is_activated()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite).StartSetUpAsync();
        var held = new HeldDistrictActivation();
        CmsHost? restarted = null;
        try
        {
            await host.DisposeAsync();
            restarted = new CmsHost(DatabaseProvider.Sqlite, host.DataPath, host.DatabaseName, services: services => services.AddSingleton<IShellActivation>(held));
            var visitor = restarted.Browser();
            await Eventually.ThatAsync(() => Task.FromResult(held.IsHolding), Patience, "the district's shell was not activated after the restart");
            using (var health = await visitor.GetAsync("/health"))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            var warmUp = restarted.Services.GetRequiredService<WarmUpAfterFirstHealth>();
            var renderer = restarted.Services.GetRequiredService<ThemeRenderer>();
            await Eventually.ThatAsync(() => Task.FromResult(warmUp.IsFinished), Patience, "the warm-up did not run after the first /health");
            Assert.True(renderer.IsParsed("Layout") && renderer.IsParsed("Home"), "the district home's views were not parsed while its shell was being activated");
            Assert.True(held.IsHolding, "the district's shell was activated before the check");
            using (var ready = await visitor.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }

            held.Release();
            await Eventually.ThatAsync(async () =>
            {
                using var ready = await visitor.GetAsync("/health/ready");
                return ready.StatusCode == HttpStatusCode.OK;
            }, Patience, "the node did not become ready once the district's shell was active");
            using var home = await visitor.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Gia Viễn", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            held.Release();
            if (restarted is not null)
            {
                await restarted.DisposeAsync();
            }

            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    /// <summary>Holds the district shell's activation until released, at most 30 s.</summary>
    private sealed class HeldDistrictActivation : IShellActivation
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _holding;

        public bool IsHolding => Volatile.Read(ref _holding) > 0 && !_released.Task.IsCompleted;

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
