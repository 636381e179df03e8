using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The demo hosts start from a copy of one set-up per test process (<see cref="SetupTemplates"/>): the copy must hold
/// what the set-up itself writes, and the host must not set up again.
/// </summary>
public sealed class SetupTemplateTests
{
    [Fact]
    public async Task A_demo_host_starts_from_a_copy_of_the_set_up_with_the_same_rows()
    {
        Assert.True(SetupTemplates.Enabled, "GIAVIEN_TEST_SETUP_TEMPLATE=0 turns the template off");
        var first = await StartAsync(new QuietDemoHost()); // makes the template if no host did yet
        var copied = new QuietDemoHost();
        var setUp = new CmsHost(DatabaseProvider.Sqlite) { Settings = CmsHost.BackgroundPassesByTheTestOnly };
        try
        {
            var beforeCopy = DateTime.UtcNow;
            await StartAsync(copied);
            await setUp.StartAsync();

            Assert.All(copied.Registry.Map.Tenants, tenant => Assert.True(tenant.CreatedUtc < beforeCopy, $"{tenant.Name} was set up again"));
            // Stopped, so that every write is in the database files.
            await copied.DisposeAsync();
            await setUp.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Assert.Equal(RowCounts(setUp.DataPath), RowCounts(copied.DataPath));
        }
        finally
        {
            await setUp.DisposeAsync();
            await DemoHost.DeleteDataAsync(setUp);
            await ((IAsyncLifetime)copied).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    /// <summary>
    /// Without the node's own background passes: one that comes during a host's life writes too (when each tenant's
    /// next pass is due, what a due pass changed), and when it comes depends on the host's life, not on the set-up.
    /// </summary>
    private sealed class QuietDemoHost : DemoHost
    {
        public QuietDemoHost() : base(DatabaseProvider.Sqlite) => Settings = BackgroundPassesByTheTestOnly;
    }

    private static async Task<DemoHost> StartAsync(DemoHost host)
    {
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    /// <summary>Every table of every SQLite database of the data folder with its number of rows, one line each.</summary>
    private static List<string> RowCounts(string dataPath)
    {
        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dataPath, "*.db", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            var names = new List<string>();
            using (var reader = tables.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            foreach (var name in names)
            {
                using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{name}\"";
                lines.Add($"{Path.GetRelativePath(dataPath, file)} {name}: {count.ExecuteScalar()}");
            }
        }

        return lines;
    }
}
