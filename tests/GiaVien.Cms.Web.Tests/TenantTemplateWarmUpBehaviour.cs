using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// After a restart the template new SQLite tenants are copied from is made in the background (<c>TenantTemplateWarmUp</c>),
/// so the first commune an administrator creates does not wait for it; the commune must still come out whole and its own.
/// </summary>
public sealed class TenantTemplateWarmUpBehaviour
{
    [Fact]
    public async Task A_restarted_node_makes_the_template_unasked_and_the_first_commune_created_after_is_whole_and_its_own()
    {
        // The first start's setup made the template for the demo's communes; the restart's process has none.
        var first = await new CmsHost(DatabaseProvider.Sqlite).StartSetUpAsync();
        await first.DisposeAsync();
        await using var restarted = new CmsHost(DatabaseProvider.Sqlite, first.DataPath)
        {
            MinimumLogLevel = "Information",
            Settings = new Dictionary<string, string> { ["Cms:Tenants:TemplateWarmUp"] = "00:00:00" },
        };
        await restarted.StartAsync();

        await LogFiles.EventsOnceAsync(restarted.DataPath, events => events.Any(e =>
                e.GetProperty("@mt").GetString()!.StartsWith("SQLite tenant template made in the background", StringComparison.Ordinal)
                && e.GetProperty("ElapsedMs").GetDouble() > 0),
            "The restarted node never made the tenant template before a creation asked for it.");

        var name = TenantFactory.UniqueName("gia-lac");
        var admin = await TenantAdminClient.SignInAsync(restarted);
        using (var created = await admin.CreateAsync(name, "UBND xã Gia Lạc", name))
        {
            Assert.True(created.IsSuccessStatusCode, $"creation answered {created.StatusCode}");
        }

        Assert.Equal(TenantState.Running, (await TenantAdminClient.WaitForSetupAsync(restarted, name)).State);
        var (status, home) = await restarted.Browser().GetPageAsync($"/{name}/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("UBND xã Gia Lạc", home);
        using var ownAdmin = await restarted.Browser().SignInAsync($"/{name}", "quantri", CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, ownAdmin.StatusCode);
        // The district's administrator exists in the district's database only: nothing of another site came with the copy.
        using var districtAdmin = await restarted.Browser().SignInAsync($"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.NotEqual(HttpStatusCode.Redirect, districtAdmin.StatusCode);
    }

    [Fact]
    public async Task Creations_that_come_while_the_template_is_being_made_each_get_a_whole_database()
    {
        var folder = Directory.CreateTempSubdirectory("giavien-template-race-").FullName;
        try
        {
            using var database = new TenantDatabase(new CmsDataFolder(folder),
                Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }), new PublicChanges());
            string[] names = ["gia-lac", "gia-tan", "gia-sinh"];

            await Task.WhenAll(names.Select(name => Task.Run(() => database.CreateTenantAsync(name, DatabaseProvider.Sqlite, CancellationToken.None)))
                .Prepend(Task.Run(database.PrepareSqliteTemplateAsync)));

            foreach (var name in names)
            {
                await using var db = new CmsDbContext(database.TenantOptions(name, DatabaseProvider.Sqlite));
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
