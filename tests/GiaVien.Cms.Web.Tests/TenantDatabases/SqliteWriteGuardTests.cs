using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Settings;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.TenantDatabases;

/// <summary>
/// A connection opened before its SQLite file was deleted keeps writing into the unlinked file, and in WAL mode SQLite
/// accepts it: the save must fail instead of being acknowledged and lost.
/// </summary>
public sealed class SqliteWriteGuardTests
{
    [Fact]
    public async Task A_save_on_a_connection_whose_file_was_deleted_is_refused()
    {
        var host = await new CmsHost(DatabaseProvider.Sqlite, recipe: "giavien-district").StartAsync(expectedTenants: 1);
        try
        {
            var tenant = TenantFactory.UniqueName("gia-hoa");
            await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "Xã Gia Hòa", tenant, [], null));
            await using var db = host.Services.GetRequiredService<ShellHost>().CreateUnactivated(host.Registry.Map.Find(tenant)!).CreateDbContext();
            await db.Database.OpenConnectionAsync();
            Assert.True(await db.Settings.AnyAsync());

            await LostDatabases.DeleteAsync(host, tenant);
            db.Settings.Add(new SiteSetting { Name = "GhiSauKhiXoa", Value = "không được xác nhận" });

            var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
            Assert.True(DatabaseFailures.MayBeUnavailable(refused), refused.ToString());
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }
}
