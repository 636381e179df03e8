using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Brings the host's tenant registry up to date at the start (its migration check, then every tenant record: with a
/// thousand tenants, over a second of a cold process) and then starts activating the district's shell.
/// </summary>
public static class TenantRecordsAtStart
{
    /// <summary>Everything before the command runs: the command line needs the records at once.</summary>
    public static async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<TenantDatabase>().MigrateHostAsync(cancellationToken);
        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.ReloadAsync(cancellationToken);
        ActivateDistrictShellMeanwhile(services, registry);
    }

    /// <summary>
    /// The web host's start: the same on another thread while the pipeline is built, the hosted services start and the
    /// server begins to listen, so liveness (<c>/health</c>) answers without waiting for it. Until the records are read
    /// the map is empty: every tenant request answers 503 "đang khởi tạo" with Retry-After, <c>/health/ready</c> 503,
    /// and the background work waits (<see cref="TenantRegistry.WhenLoadedAsync"/>). If it fails the node stops with a
    /// non-zero exit code, as it did when this ran before listening.
    /// </summary>
    public static void LoadInBackground(IServiceProvider services)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        _ = Task.Run(async () =>
        {
            try
            {
                await LoadAsync(services, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Stopped before the records were read: nothing is served from them any more.
            }
            catch (Exception e)
            {
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TenantRecordsAtStart))
                    .LogCritical(e, "The tenant registry could not be brought up to date at the start; the node stops");
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        });
    }

    /// <summary>
    /// Starts activating the district's shell (its schema check, EF Core's model, pending feature migrations: seconds in a
    /// cold process) on another thread, instead of on the first request once it listens. A failure is not lost: the
    /// shell host drops a failed activation and the next request tries again.
    /// </summary>
    private static void ActivateDistrictShellMeanwhile(IServiceProvider services, TenantRegistry registry)
    {
        if (registry.Map.Find(TenantRecord.DefaultName) is { State: TenantState.Running } district)
        {
            var shells = services.GetRequiredService<ShellHost>();
            _ = Task.Run(() => shells.GetAsync(district));
        }
    }
}
