using System.Net;
using System.Text.Json;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// <c>/health</c> asks the databases through their own connections, not EF Core: the district's database moved away
/// makes it unhealthy (and is not replaced by an empty file), moved back healthy again.
/// </summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Health_reports_the_district_database_missing_without_creating_it()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite).StartSetUpAsync();
        var file = host.DataFolder.TenantDatabaseFile(TenantRecord.DefaultName);
        var aside = file + ".aside";
        try
        {
            Assert.Equal(("Healthy", HttpStatusCode.OK), await DatabaseCheckAsync(host));

            File.Move(file, aside);
            var (status, code) = await DatabaseCheckAsync(host);
            Assert.Equal(("Unhealthy", HttpStatusCode.ServiceUnavailable), (status, code));
            Assert.False(File.Exists(file), "the health check created an empty district database");

            File.Move(aside, file);
            Assert.Equal(("Healthy", HttpStatusCode.OK), await DatabaseCheckAsync(host));
        }
        finally
        {
            if (File.Exists(aside))
            {
                File.Move(aside, file, overwrite: true);
            }

            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    private static async Task<(string? Status, HttpStatusCode Code)> DatabaseCheckAsync(CmsHost host)
    {
        using var response = await host.Browser().GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), response.StatusCode);
    }
}
