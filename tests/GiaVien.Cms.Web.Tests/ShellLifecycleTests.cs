using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

public sealed class ShellLifecycleTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private ShellHost Shells => host.Services.GetRequiredService<ShellHost>();

    [Fact]
    public async Task A_shell_is_activated_by_its_first_request_and_released_when_its_record_changes()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));
        Assert.False(Shells.IsActive(name));

        await host.Browser().GetPageAsync($"/{name}/");
        Assert.True(Shells.IsActive(name));

        await host.Registry.SetStateAsync(name, TenantState.Disabled);
        Assert.False(Shells.IsActive(name));
    }

    [Fact]
    public async Task Idle_shells_are_released_and_come_back_on_the_next_request()
    {
        var name = TenantFactory.UniqueName("gia-hung");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Hưng", name, [], null));
        await host.Browser().GetPageAsync($"/{name}/");

        Shells.ReleaseIdle(TimeSpan.Zero);
        Assert.False(Shells.IsActive(name));

        var (_, html) = await host.Browser().GetPageAsync($"/{name}/");
        Assert.Contains("class=\"site-name\">Xã Gia Hưng<", html);
        Assert.True(Shells.IsActive(name));
    }

    [Fact]
    public async Task Background_work_does_not_keep_an_idle_tenant_in_memory()
    {
        var name = TenantFactory.UniqueName("gia-tien");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Tiến", name, [], null));

        await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

        Assert.False(Shells.IsActive(name));
    }
}
