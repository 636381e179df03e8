using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A new tenant's PostgreSQL schema is made by the migrations' script in one transaction (<c>FreshSchemaScript</c>), not by
/// EF Core's migrator run per schema: the result must be the schema the migrator makes (tables, columns, indexes,
/// constraints, history rows), and a schema migrated part-way is still finished by the migrator. No host: a
/// <see cref="TenantDatabase"/> on a database of its own.
/// </summary>
public sealed class FreshSchemaScriptTests : IAsyncLifetime, IDisposable
{
    private readonly string _databaseName = "gv_schema_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-fresh-schema-").FullName;
    private TenantDatabase _database = null!;

    public async Task InitializeAsync()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, PostgreSqlConnectionString = ConnectionString() };
        _database = new TenantDatabase(new CmsDataFolder(_folder), Options.Create(options), new PublicChanges());
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_new_tenant_schema_is_made_in_a_few_commands()
    {
        using var commands = QueryCounter.OnPostgreSqlSchema(_databaseName, "moi");
        await _database.CreateTenantAsync("moi", DatabaseProvider.PostgreSql, CancellationToken.None);

        // The script in one transaction: begin, the script, commit. EF Core's migrator ran dozens (each migration's
        // statements, its history row, its lock and transaction).
        Assert.InRange(commands.Count, 1, 4);
        await using var db = new CmsDbContext(_database.TenantOptions("moi", DatabaseProvider.PostgreSql));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_schema_made_by_the_script_equals_one_made_by_the_migrator()
    {
        await _database.CreateTenantAsync("theo-kich-ban", DatabaseProvider.PostgreSql, CancellationToken.None);
        await CreateSchemaAsync("theo-ef");
        await using (var db = new CmsDbContext(_database.TenantOptions("theo-ef", DatabaseProvider.PostgreSql)))
        {
            await db.Database.MigrateAsync();
        }

        var byScript = await DescribeAsync("theo-kich-ban");
        var byMigrator = await DescribeAsync("theo-ef");
        Assert.NotEmpty(byMigrator);
        Assert.Equal(byMigrator, byScript);
    }

    [Fact]
    public async Task A_schema_migrated_part_way_is_finished_by_the_migrator()
    {
        await CreateSchemaAsync("nua-chung");
        await using (var db = new CmsDbContext(_database.TenantOptions("nua-chung", DatabaseProvider.PostgreSql)))
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.Count / 2]);
        }

        await _database.CreateTenantAsync("nua-chung", DatabaseProvider.PostgreSql, CancellationToken.None);

        await using var migrated = new CmsDbContext(_database.TenantOptions("nua-chung", DatabaseProvider.PostgreSql));
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
    }

    public void Dispose() => _database.Dispose();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // The schema alone, as a setup interrupted before its migrations, or an administrator's CREATE SCHEMA, leaves it.
    private async Task CreateSchemaAsync(string tenantName)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA \"{TenantDatabase.SchemaName(tenantName)}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private string ConnectionString(string? searchPath = null) =>
        new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { Database = _databaseName, SearchPath = searchPath }.ToString();

    /// <summary>Every column, index, constraint and history row of a schema, the schema's name left out, one line each, sorted.</summary>
    private async Task<List<string>> DescribeAsync(string tenantName)
    {
        var schema = TenantDatabase.SchemaName(tenantName);
        await using var connection = new NpgsqlConnection(ConnectionString(schema));
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var query in new[]
        {
            """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || ordinal_position || ' ' || data_type || ' ' || is_nullable
                   || ' ' || coalesce(character_maximum_length::text, '-') || ' ' || coalesce(column_default, '-') || ' ' || is_identity
            FROM information_schema.columns WHERE table_schema = @schema
            """,
            "SELECT 'index ' || tablename || ' ' || replace(indexdef, @schema || '.', '') FROM pg_indexes WHERE schemaname = @schema",
            """
            SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || replace(pg_get_constraintdef(k.oid), @schema || '.', '')
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @schema
            """,
            "SELECT 'history ' || \"MigrationId\" || ' ' || \"ProductVersion\" FROM \"__EFMigrationsHistory\"",
        })
        {
            await using var command = new NpgsqlCommand(query, connection);
            command.Parameters.AddWithValue("schema", schema);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
