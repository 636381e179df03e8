using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A restarted node listens before it has brought its tenant registry up to date (the host database's migration check
/// and every tenant record: over a second with a thousand tenants), so liveness answers at once. Meanwhile readiness
/// and every tenant page answer 503 "đang khởi tạo" with Retry-After; no page is served from the half-read registry,
/// and a tenant's own host name is not refused as foreign.
/// </summary>
public sealed class LivenessBeforeTenantRecordsTests
{
    [Fact]
    public async Task A_restarted_node_is_alive_at_once_but_serves_tenants_only_once_their_records_are_read()
    {
        var first = await new CmsHost(DatabaseProvider.Sqlite).StartSetUpAsync();
        var commune = TenantFactory.UniqueName("gia-phong");
        await TenantFactory.CreateAsync(first, new TenantSpec(commune, "Xã Gia Phong", null, [$"{commune}.vn"], null));
        await first.DisposeAsync();

        // The host database held by another writer (another node migrating it, a backup): the records cannot be read.
        var hold = await HoldHostDatabaseAsync(first.DataPath);
        var second = new CmsHost(DatabaseProvider.Sqlite, first.DataPath, recipe: first.Recipe) { WaitsForTenantRecords = false };
        try
        {
            var visitor = second.Browser();
            using (var live = await visitor.GetAsync("/health"))
            using (var ready = await visitor.GetAsync("/health/ready"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Contains("tenant registry", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            foreach (var (client, path) in new[] { (visitor, "/"), (visitor, "/gia-hoa/"), (second.Browser($"{commune}.vn"), "/") })
            {
                using var page = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(10), page.Headers.RetryAfter?.Delta);
                Assert.Contains("đang được khởi tạo", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.False(second.Registry.IsLoaded);

            await hold.DisposeAsync();
            await Eventually.ThatAsync(async () =>
            {
                using var ready = await visitor.GetAsync("/health/ready");
                return ready.StatusCode == HttpStatusCode.OK;
            }, TimeSpan.FromSeconds(60), "the node did not become ready once its records could be read");
            Assert.Contains("class=\"site-name\">Xã Gia Hòa<", (await visitor.GetPageAsync("/gia-hoa/")).Html, StringComparison.Ordinal);
            Assert.Contains("class=\"site-name\">Xã Gia Phong<", (await second.Browser($"{commune}.vn").GetPageAsync("/")).Html, StringComparison.Ordinal);
        }
        finally
        {
            await hold.DisposeAsync();
            await second.DisposeAsync();
            await DemoHost.DeleteDataAsync(second);
        }
    }

    /// <summary>
    /// An exclusive lock on the host database (SQLite in exclusive locking mode: even WAL readers wait), held until the
    /// connection is disposed. The node's reads wait for it up to the connection's busy timeout (30 s).
    /// </summary>
    private static async Task<SqliteConnection> HoldHostDatabaseAsync(string dataPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "host.db"), Pooling = false }.ToString());
        // The first host's pooled connections keep the database's shared memory open: the lock would not be exclusive.
        SqliteConnection.ClearAllPools();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
