using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A node started on databases an older version left (the newest migration of the host registry and of the district
/// not applied yet) brings both up to date, as an upgrade needs: the start's quick check of the migration history
/// must still see what is pending. EF Core's own migration check is the judge.
/// </summary>
public abstract class MigrationsAfterUpgradeBehaviour(DatabaseProvider provider)
{
    [Fact]
    public async Task A_restart_applies_the_newest_host_and_district_migrations_the_databases_lack()
    {
        var first = await new CmsHost(provider, recipe: "giavien-district").StartAsync(expectedTenants: 1);
        CmsHost? upgraded = null;
        try
        {
            var database = first.Services.GetRequiredService<TenantDatabase>();
            var hostOptions = database.HostOptions();
            var districtOptions = database.TenantOptions(TenantRecord.DefaultName, provider);
            await first.DisposeAsync();

            await using (var host = new HostDbContext(hostOptions))
            {
                await RollBackNewestAsync(host);
            }

            await using (var district = new CmsDbContext(districtOptions))
            {
                await RollBackNewestAsync(district);
            }

            upgraded = await first.Restarted().StartAsync(expectedTenants: 1);
            Assert.Contains("Gia Viễn", (await upgraded.Browser().GetPageAsync("/")).Html);

            await using (var host = new HostDbContext(hostOptions))
            {
                Assert.Empty(await host.Database.GetPendingMigrationsAsync());
            }

            await using (var district = new CmsDbContext(districtOptions))
            {
                Assert.Empty(await district.Database.GetPendingMigrationsAsync());
            }
        }
        finally
        {
            if (upgraded is not null)
            {
                await upgraded.DisposeAsync();
            }

            await first.DisposeAsync();
            await DemoHost.DeleteDataAsync(first);
        }
    }

    // The database as the version before the newest migration left it: that migration's Down, and its history row gone.
    private static async Task RollBackNewestAsync(DbContext db)
    {
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        Assert.Equal([migrations[^1]], await db.Database.GetPendingMigrationsAsync());
    }
}

public sealed class MigrationsAfterUpgradeOnSqlite() : MigrationsAfterUpgradeBehaviour(DatabaseProvider.Sqlite);

public sealed class MigrationsAfterUpgradeOnPostgreSql() : MigrationsAfterUpgradeBehaviour(DatabaseProvider.PostgreSql);
