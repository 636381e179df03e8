using System.Net;
using System.Text.Json;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// <c>/health/ready</c> tells a load balancer whether the node can serve the portal; <c>/health</c> stays liveness,
/// so a node that is up but not set up is kept alive yet receives no visitors.
/// </summary>
public sealed class ReadinessTests(SqliteFirstRunHost host) : IClassFixture<SqliteFirstRunHost>
{
    [Fact]
    public async Task A_set_up_node_is_ready_and_its_district_shell_is_active()
    {
        using var response = await host.Browser().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Ready", json.RootElement.GetProperty("status").GetString());
        Assert.True(host.Services.GetRequiredService<GiaVien.Cms.Tenants.ShellHost>().IsActive(TenantRecord.DefaultName));
    }

    [Fact]
    public async Task A_node_whose_setup_did_not_finish_is_alive_but_not_ready()
    {
        await using var failed = new CmsHost(DatabaseProvider.Sqlite, recipe: "khong-co-cong-thuc");
        try
        {
            _ = failed.Services;
            // The record is created uninitialized before the setup starts; only its error says the setup has failed.
            await Eventually.ThatAsync(() => Task.FromResult(failed.Registry.Map.Find(TenantRecord.DefaultName) is { State: TenantState.Uninitialized, LastError: not null }),
                TimeSpan.FromSeconds(30), "the failed setup was not recorded");

            using var live = await failed.Browser().GetAsync("/health");
            using var ready = await failed.Browser().GetAsync("/health/ready");
            using var home = await failed.Browser().GetAsync("/");

            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("Uninitialized", await ready.Content.ReadAsStringAsync());
            Assert.NotEqual(HttpStatusCode.OK, home.StatusCode);
        }
        finally
        {
            await DemoHost.DeleteDataAsync(failed);
        }
    }
}
