using System.Data.Common;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GiaVien.Cms.Web.Health;

/// <summary>
/// Whether a database accepts a connection, asked through the provider's own connection
/// (ADO.NET) instead of EF Core: the first EF Core context of each type builds EF Core's services (and, for the tenant
/// context, a large model), seconds in a cold process, which made a restarted node's first <c>/health</c> wait for
/// the tenant records' thread that was building the same. A SQLite file is opened without being created (a missing
/// file does not answer, as with EF Core's check, which looked for the file); a PostgreSQL database is connected to.
/// It takes the connection string itself (<see cref="GiaVien.Cms.Data.TenantDatabase.TenantConnectionString"/>), not EF Core's options:
/// building those made the tenant context's compiled model, which the first <c>/health</c> after a restart then built
/// or waited for (50 ms in a trace of a 1,000-tenant restart, while the district's shell was building it).
/// </summary>
public static class DatabaseProbe
{
    public static async Task<bool> AnswersAsync(string connectionString, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        await using DbConnection connection = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(connectionString)
            // Not pooled: a pooled SQLite connection stays open on a file that was deleted or moved, and would answer.
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
