using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The demo hosts start from a copy of one set-up per test process (<see cref="SetupTemplates"/>): the copy must start in
/// the state of a host that ran the set-up itself once its background work is done (<see cref="BackgroundWork"/>), and
/// must not set up again.
/// </summary>
public sealed class SetupTemplateTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_copy_starts_in_the_state_of_a_set_up_host_whose_background_work_is_done(DatabaseProvider provider)
    {
        Assert.True(SetupTemplates.Enabled, "GIAVIEN_TEST_SETUP_TEMPLATE=0 turns the template off");
        var first = await StartAsync(new QuietDemoHost(provider)); // makes the template if no host did yet
        var copied = new QuietDemoHost(provider);
        var setUp = new CmsHost(provider) { Settings = CmsHost.BackgroundPassesByTheTestOnly };
        try
        {
            var beforeCopy = DateTime.UtcNow;
            await StartAsync(copied);
            // Read before anything in this test waits on the copy: what it starts with, not what it catches up to.
            var copiedChangesAtStart = await LastChangesAsync(copied);
            var copiedCommuneNewsAtStart = await CommuneNewsAsync(copied);

            await setUp.StartAsync();
            var setUpChanges = await BackgroundWork.SettledAsync(setUp);
            var copiedChanges = await BackgroundWork.SettledAsync(copied);

            Assert.All(copied.Registry.Map.Tenants, tenant => Assert.True(tenant.CreatedUtc < beforeCopy, $"{tenant.Name} was set up again"));
            Assert.Null(await ReadinessEndpoint.NotReadyReasonAsync(copied.Services));
            Assert.Null(await ReadinessEndpoint.NotReadyReasonAsync(setUp.Services));
            Assert.Equal(setUpChanges, copiedChangesAtStart);
            Assert.Equal(setUpChanges, copiedChanges);
            Assert.Contains("href=\"/gia-hoa/tin-tuc/", copiedCommuneNewsAtStart);
            Assert.Equal(await CommuneNewsAsync(setUp), copiedCommuneNewsAtStart);
            Assert.Equal(await IndexesAsync(setUp), await IndexesAsync(copied));
            // The copy's indexes had applied the whole change log when they were copied: nothing was left for the copy to do.
            Assert.Equal(copiedChanges, await OpenedAtAsync(copied));

            // Stopped, so that every write is in the database files.
            await copied.DisposeAsync();
            await setUp.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Assert.Equal(await RowCountsAsync(setUp), await RowCountsAsync(copied));
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
        public QuietDemoHost(DatabaseProvider provider) : base(provider) => Settings = BackgroundPassesByTheTestOnly;
    }

    private static async Task<DemoHost> StartAsync(DemoHost host)
    {
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    /// <summary>The district home's section of the communes' shared news.</summary>
    private static async Task<string> CommuneNewsAsync(CmsHost host)
    {
        var (_, html) = await host.Browser().GetPageAsync("/");
        var start = html.IndexOf("id=\"tin-co-so\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the district home has no shared news section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static async Task<Dictionary<string, long>> LastChangesAsync(CmsHost host)
    {
        var shells = host.Services.GetRequiredService<ShellHost>();
        var changes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var tenant in host.Registry.Map.Tenants.Where(t => t.State == TenantState.Running))
        {
            changes[tenant.Name] = await BackgroundWork.LastChangeAsync(shells, tenant);
        }

        return changes;
    }

    /// <summary>Each running tenant's index: its change-log position and number of items, one line each.</summary>
    private static async Task<List<string>> IndexesAsync(CmsHost host)
    {
        var lines = new List<string>();
        foreach (var (tenant, index) in await OpenIndexesAsync(host))
        {
            lines.Add($"{tenant}: applied {index.AppliedSequence}, {index.DocumentCount()} items");
        }

        return lines;
    }

    private static async Task<Dictionary<string, long>> OpenedAtAsync(CmsHost host) =>
        (await OpenIndexesAsync(host)).ToDictionary(i => i.Tenant, i => i.Index.OpenedAtSequence ?? -1, StringComparer.Ordinal);

    private static async Task<List<(string Tenant, TenantIndex Index)>> OpenIndexesAsync(CmsHost host)
    {
        var indexes = host.Services.GetRequiredService<SearchIndexes>();
        var open = new List<(string, TenantIndex)>();
        foreach (var tenant in host.Registry.Map.Tenants.Where(t => t.State == TenantState.Running).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            open.Add((tenant.Name, await indexes.GetAsync(tenant)));
        }

        return open;
    }

    /// <summary>Every table of the host's databases (its SQLite files, or its PostgreSQL database's schemas) with its number of rows, one line each.</summary>
    private static async Task<List<string>> RowCountsAsync(CmsHost host) =>
        host.PostgreSqlConnectionString is { } connectionString ? await PostgreSqlRowCountsAsync(connectionString) : SqliteRowCounts(host.DataPath);

    private static List<string> SqliteRowCounts(string dataPath)
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

    private static async Task<List<string>> PostgreSqlRowCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var tables = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' " +
            "AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", connection))
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var lines = new List<string>();
        foreach (var name in names)
        {
            var (schema, table) = (name[..name.IndexOf('.')], name[(name.IndexOf('.') + 1)..]);
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{schema}\".\"{table}\"", connection);
            lines.Add($"{name}: {await count.ExecuteScalarAsync()}");
        }

        return lines;
    }
}
