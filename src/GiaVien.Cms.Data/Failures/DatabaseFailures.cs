using Microsoft.Data.Sqlite;
using Npgsql;

namespace GiaVien.Cms.Data.Failures;

/// <summary>Which errors may mean that a tenant's database itself is gone or unreadable (to be confirmed by a probe).</summary>
public static class DatabaseFailures
{
    // SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_NOTADB: the file is not there, not readable or not a database.
    private static readonly HashSet<int> SqliteCodes = [11, 14, 26];

    // invalid_schema_name, undefined_table, invalid_catalog_name: the schema (or the database) has been dropped.
    private static readonly HashSet<string> PostgreSqlStates = [PostgresErrorCodes.InvalidSchemaName, PostgresErrorCodes.UndefinedTable, PostgresErrorCodes.InvalidCatalogName];

    public static bool MayBeUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TenantDatabaseUnavailableException
                || e is SqliteException sqlite && SqliteCodes.Contains(sqlite.SqliteErrorCode)
                || e is PostgresException postgres && PostgreSqlStates.Contains(postgres.SqlState))
            {
                return true;
            }
        }

        return false;
    }
}
