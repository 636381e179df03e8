using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.Restart;

/// <summary>
/// After a restart the registry reads every tenant record with a plain data reader (<see cref="TenantRecordsReader"/>),
/// not through an EF Core query compiled cold on the way to the district's first page. What the map holds must be what
/// the host database holds, field by field and binding by binding, on both providers, whatever EF Core would have read.
/// </summary>
public sealed class TenantRecordsAtRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-records-").FullName;
    private readonly string _postgreSqlDatabase = "gv_records_" + Guid.NewGuid().ToString("N")[..12];
    private bool _usedPostgreSql;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_records_read_at_the_start_are_the_ones_the_host_database_holds(DatabaseProvider provider)
    {
        var database = await MigratedHostAsync(provider);
        var retired = Record("gia-lac", "Xã Gia Lạc (đã sáp nhập)", TenantState.Uninitialized, prefix: null);
        retired.LastError = "Không mở được cơ sở dữ liệu";
        retired.RetiredInto = "gia-hoa";
        await StoreAsync(database,
            Record("default", "UBND huyện Gia Viễn", TenantState.Running, prefix: null, Binding("", "", "default")),
            Record("gia-hoa", "UBND xã Gia Hòa", TenantState.Disabled, prefix: "gia-hoa",
                Binding("giahoa.giavien.vn", "", "gia-hoa"), Binding("", "gia-hoa", "gia-hoa"), Binding("cong.giahoa.vn", "", "gia-hoa"), Binding("*.giahoa.vn", "", "gia-hoa")),
            retired);
        var registry = new TenantRegistry(database, new NodeTopology(false), TimeProvider.System, NullLogger<TenantRegistry>.Instance);

        await registry.ReloadAsync();

        Assert.True(registry.IsLoaded);
        Assert.Equal(await ReadThroughEfCoreAsync(database), registry.Map.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal).Select(Describe));
    }

    [Fact]
    public async Task Reading_the_records_runs_no_ef_core_query()
    {
        var database = await MigratedHostAsync(DatabaseProvider.Sqlite);
        await StoreAsync(database, Record("default", "UBND huyện Gia Viễn", TenantState.Running, prefix: null, Binding("", "", "default")));
        var registry = new TenantRegistry(database, new NodeTopology(false), TimeProvider.System, NullLogger<TenantRegistry>.Instance);
        using var queries = QueryCounter.OnHostDatabase(new CmsDataFolder(_folder).HostDatabaseFile);

        await registry.ReloadAsync();

        Assert.NotNull(registry.Map.Find("default"));
        Assert.Equal(0, queries.Count);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        if (_usedPostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgreSqlDatabase}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private async Task<TenantDatabase> MigratedHostAsync(DatabaseProvider provider)
    {
        _usedPostgreSql |= provider == DatabaseProvider.PostgreSql;
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { Database = _postgreSqlDatabase }.ToString()
            : null;
        var database = new TenantDatabase(new CmsDataFolder(_folder),
            Options.Create(new DatabaseOptions { Provider = provider, PostgreSqlConnectionString = connectionString }), new PublicChanges());
        await database.MigrateHostAsync(CancellationToken.None);
        return database;
    }

    private static async Task StoreAsync(TenantDatabase database, params TenantRecord[] records)
    {
        await using var db = new HostDbContext(database.HostOptions());
        db.Tenants.AddRange(records);
        await db.SaveChangesAsync();
    }

    private static async Task<IEnumerable<string>> ReadThroughEfCoreAsync(TenantDatabase database)
    {
        await using var db = new HostDbContext(database.HostOptions());
        return (await db.Tenants.AsNoTracking().Include(t => t.Bindings).OrderBy(t => t.Name).ToListAsync()).Select(Describe).ToList();
    }

    private static TenantRecord Record(string name, string displayName, TenantState state, string? prefix, params TenantBinding[] bindings) => new()
    {
        Name = name,
        DisplayName = displayName,
        State = state,
        UrlPrefix = prefix,
        DatabaseProvider = DatabaseProvider.Sqlite,
        RecipeName = name == "default" ? "giavien-demo" : "giavien-commune",
        CreatedUtc = new DateTime(2025, 4, 7, 2, 0, 0, DateTimeKind.Utc),
        ModifiedUtc = new DateTime(2026, 12, 6, 19, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567),
        Version = name.Length,
        Bindings = [.. bindings],
    };

    private static TenantBinding Binding(string host, string prefix, string tenant) => new() { Host = host, Prefix = prefix, TenantName = tenant };

    // Every stored field, in words an assertion can show; the bindings as a set (EF Core's Include promises no order).
    private static string Describe(TenantRecord t) =>
        $"{t.Name} | {t.DisplayName} | {t.State} | {t.UrlPrefix ?? "-"} | {t.DatabaseProvider} | {t.RecipeName ?? "-"} | {t.LastError ?? "-"} | "
        + $"{t.RetiredInto ?? "-"} | {t.CreatedUtc:O} {t.CreatedUtc.Kind} | {t.ModifiedUtc:O} {t.ModifiedUtc.Kind} | v{t.Version} | "
        + string.Join(", ", t.Bindings.Select(b => $"{b.Host}/{b.Prefix}->{b.TenantName}").Order(StringComparer.Ordinal));
}
