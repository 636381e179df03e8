using System.Net;
using System.Text.Json;
using GiaVien.Cms.Data;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaVien.Cms.Web.Tests;

public sealed class HealthTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task Health_reports_each_dependency()
    {
        using var response = await host.Browser().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("data-folder").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_data_folder_check_fails_when_the_folder_cannot_take_writes()
    {
        // A data folder path that is taken by a file cannot take writes: the check must report it, not throw.
        var file = Path.Combine(host.DataPath, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var check = new DataFolderHealthCheck(new CmsDataFolder(file));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("not writable", result.Description);
    }
}
