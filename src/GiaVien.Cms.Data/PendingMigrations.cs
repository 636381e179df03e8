using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace GiaVien.Cms.Data;

/// <summary>
/// Whether a database lacks a migration its context's assembly holds, asked with one read of the history table.
/// EF Core's own check (<c>GetPendingMigrationsAsync</c>) builds a model of the history table and scans the migrations
/// assembly by reflection again for every context instance: in a restart's trace that was most of the host registry's
/// migration check and of the district's schema check on the way to readiness, and it is paid again by every tenant
/// opened after a restart. The assembly's list is read once per context type and provider; only the history is read
/// each time.
/// </summary>
internal static class PendingMigrations
{
    private static readonly ConcurrentDictionary<(Type Context, string? Provider), string[]> AssemblyMigrations = new();

    public static async Task<bool> AnyAsync(DbContext db, CancellationToken cancellationToken)
    {
        var known = AssemblyMigrations.GetOrAdd((db.GetType(), db.Database.ProviderName), static (_, context) => [.. context.Database.GetMigrations()], db);
        return await AppliedAsync(db, cancellationToken) is not { } applied || known.Any(id => !applied.Contains(id));
    }

    /// <summary>The applied migration ids, or null for a database without a history table yet (a new installation).</summary>
    private static async Task<HashSet<string>?> AppliedAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // The contexts keep EF Core's default history table; the connection's search path names the PostgreSQL schema.
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }
        catch (Exception e) when (e is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_ERROR } or PostgresException { SqlState: PostgresErrorCodes.UndefinedTable })
        {
            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
