using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// Reads every tenant record with its bindings through the host context's own connection, with two plain statements and
/// a data reader, the same on SQLite and PostgreSQL. After a restart this is the first query of the process: through
/// EF Core (<c>Include</c> of the bindings) it compiled the query cold, over a second of the chain between
/// <c>/health</c> and the district's first page in a trace of a 1,000-tenant restart, for two selects. The table and column
/// names are EF Core's defaults for <see cref="HostDbContext"/> (the compiled model and the migrations use the same),
/// and the stored enums are their names.
/// </summary>
public static class TenantRecordsReader
{
    private const string RecordsSql = """
        SELECT "Name", "DisplayName", "State", "UrlPrefix", "DatabaseProvider", "RecipeName", "LastError", "RetiredInto",
               "CreatedUtc", "ModifiedUtc", "Version"
        FROM "Tenants"
        ORDER BY "Name"
        """;

    // In the order of their key, on both providers and after every restart: where a tenant has several host names, the
    // first one is the one its shared news and search results link to (EF Core's Include promised no order here).
    private const string BindingsSql = """SELECT "Host", "Prefix", "TenantName" FROM "Bindings" ORDER BY "Host", "Prefix" """;

    public static async Task<List<TenantRecord>> ReadAllAsync(HostDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var records = await ReadRecordsAsync(connection, cancellationToken);
            var byName = records.ToDictionary(r => r.Name, StringComparer.Ordinal);
            foreach (var binding in await ReadBindingsAsync(connection, cancellationToken))
            {
                // The foreign key makes a binding without its tenant impossible; the check only keeps a torn read harmless.
                if (byName.TryGetValue(binding.TenantName, out var record))
                {
                    record.Bindings.Add(binding);
                }
            }

            return records;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<TenantRecord>> ReadRecordsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = RecordsSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<TenantRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new TenantRecord
            {
                Name = reader.GetString(0),
                DisplayName = reader.GetString(1),
                State = Enum.Parse<TenantState>(reader.GetString(2)),
                UrlPrefix = NullableString(reader, 3),
                DatabaseProvider = Enum.Parse<DatabaseProvider>(reader.GetString(4)),
                RecipeName = NullableString(reader, 5),
                LastError = NullableString(reader, 6),
                RetiredInto = NullableString(reader, 7),
                CreatedUtc = reader.GetDateTime(8),
                ModifiedUtc = reader.GetDateTime(9),
                Version = reader.GetInt32(10),
            });
        }

        return records;
    }

    private static async Task<List<TenantBinding>> ReadBindingsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = BindingsSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var bindings = new List<TenantBinding>();
        while (await reader.ReadAsync(cancellationToken))
        {
            bindings.Add(new TenantBinding { Host = reader.GetString(0), Prefix = reader.GetString(1), TenantName = reader.GetString(2) });
        }

        return bindings;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
