using System.Collections.Concurrent;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A demo host with one extra background task that records the tenants it ran for, in the test's passes only.</summary>
public sealed class RecordingTaskHost : DemoHost
{
    public static readonly BackgroundWorkTests.RecordingTask Task = new();

    public RecordingTaskHost() : base(DatabaseProvider.Sqlite, services => services.AddSingleton<ITenantBackgroundTask>(Task)) =>
        Settings = BackgroundPassesByTheTestOnly;
}

public sealed class BackgroundWorkTests(RecordingTaskHost host) : IClassFixture<RecordingTaskHost>
{
    private readonly RecordingTask _task = RecordingTaskHost.Task;

    [Fact]
    public async Task Background_tasks_run_for_every_running_tenant_without_any_visitor()
    {
        await host.Registry.SetStateAsync("mat-tran", TenantState.Disabled);

        await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(["default", "gia-hoa", "thi-tran-me"], _task.Visits.Order());
    }

    /// <summary>Records which tenant's scope each run was given, read from the tenant's own database.</summary>
    public sealed class RecordingTask : ITenantBackgroundTask
    {
        public ConcurrentBag<string> Visits { get; } = [];

        public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
        {
            var settings = await tenantServices.GetRequiredService<GiaVien.Cms.Tenants.Settings.SiteSettingsStore>().GetAsync(cancellationToken);
            var shell = tenantServices.GetRequiredService<ShellScope>().Shell;
            Assert.Equal(shell.Tenant.DisplayName, settings["SiteName"]);
            Visits.Add(shell.Name);
        }
    }
}
