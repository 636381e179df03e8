using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.TenantDatabases;

/// <summary>What an operator's mistake does to a tenant's database: deleted, or moved away and back, on either provider.</summary>
public static class LostDatabases
{
    public static async Task DeleteAsync(CmsHost host, string tenant)
    {
        if (host.Provider == DatabaseProvider.PostgreSql)
        {
            await ExecuteAsync(host, $"DROP SCHEMA \"{TenantDatabase.SchemaName(tenant)}\" CASCADE");
            return;
        }

        var file = new CmsDataFolder(host.DataPath).TenantDatabaseFile(tenant);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    /// <summary>Renames the file (only the main file, as <c>mv</c> would) or the schema out of the way.</summary>
    public static Task MoveAwayAsync(CmsHost host, string tenant) => RenameAsync(host, tenant, away: true);

    public static Task MoveBackAsync(CmsHost host, string tenant) => RenameAsync(host, tenant, away: false);

    /// <summary>Whether a database (file or schema) exists for the tenant.</summary>
    public static async Task<bool> ExistsAsync(CmsHost host, string tenant)
    {
        if (host.Provider == DatabaseProvider.Sqlite)
        {
            return File.Exists(new CmsDataFolder(host.DataPath).TenantDatabaseFile(tenant));
        }

        await using var connection = new NpgsqlConnection(host.PostgreSqlConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_namespace WHERE nspname = @name", connection);
        command.Parameters.AddWithValue("name", TenantDatabase.SchemaName(tenant));
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task RenameAsync(CmsHost host, string tenant, bool away)
    {
        var schema = TenantDatabase.SchemaName(tenant);
        var file = new CmsDataFolder(host.DataPath).TenantDatabaseFile(tenant);
        var (from, to) = host.Provider == DatabaseProvider.PostgreSql ? (schema, schema + "_lost") : (file, file + ".lost");
        if (!away)
        {
            (from, to) = (to, from);
        }

        if (host.Provider == DatabaseProvider.PostgreSql)
        {
            await ExecuteAsync(host, $"ALTER SCHEMA \"{from}\" RENAME TO \"{to}\"");
        }
        else
        {
            File.Move(from, to);
        }
    }

    private static async Task ExecuteAsync(CmsHost host, string sql)
    {
        await using var connection = new NpgsqlConnection(host.PostgreSqlConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
