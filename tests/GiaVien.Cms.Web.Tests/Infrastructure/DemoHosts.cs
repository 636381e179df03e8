using System.Diagnostics;
using GiaVien.Cms.Data.Tenants;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// A host set up from the demo recipe, shared by the tests of one class, removed with its data afterwards. Its tests are
/// about the site, not about how it was set up, so it starts from a copy of the same set-up made once per test process
/// (<see cref="CmsHost.TryCopySetupAsync"/>).
/// Tests of set-up itself use <see cref="SqliteFirstRunHost"/> or <see cref="CmsHost.StartAsync"/>, which always run the set-up.
/// </summary>
public abstract class DemoHost(DatabaseProvider provider, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    : CmsHost(provider, services: services), IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var copied = !SetsUpItself && await TryCopySetupAsync();

        await StartAsync();
        // Set up or copied, its tests begin on a node that is ready with its queued work done (BackgroundWork).
        await BackgroundWork.ReadyAsync(this);
        StartTimes.Record(this, copied, clock.Elapsed);
    }

    /// <summary>Whether this host runs the first-run set-up itself, for tests of what the first run leaves behind.</summary>
    protected virtual bool SetsUpItself => false;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DeleteDataAsync(this);
    }

    /// <summary>Removes a host's data folder and, on PostgreSQL, its database.</summary>
    public static async Task DeleteDataAsync(CmsHost host)
    {
        if (host.PostgreSqlConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{host.DatabaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        // Defence only: search indexes stop writing when the host is disposed (SearchIndexes, IndexShutdownTests);
        // kept so that a future background writer shows up as a slow test rather than a flaky one.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(host.DataPath, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(200);
            }
        }
    }
}

public sealed class SqliteDemoHost() : DemoHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDemoHost() : DemoHost(DatabaseProvider.PostgreSql);

/// <summary>A demo host that always runs the first-run set-up itself (never a copy of the template): for tests of set-up.</summary>
public sealed class SqliteFirstRunHost() : DemoHost(DatabaseProvider.Sqlite)
{
    protected override bool SetsUpItself => true;
}

public sealed class PostgreSqlFirstRunHost() : DemoHost(DatabaseProvider.PostgreSql)
{
    protected override bool SetsUpItself => true;
}

/// <summary>A demo host whose clock reads midday in Việt Nam (<see cref="VietnamMiddayClock"/>), for tests of what the site shows for today or this week.</summary>
public sealed class SqliteMiddayHost() : DemoHost(DatabaseProvider.Sqlite, VietnamMiddayClock.Use);

public sealed class PostgreSqlMiddayHost() : DemoHost(DatabaseProvider.PostgreSql, VietnamMiddayClock.Use);
