using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Data.Features;

/// <summary>
/// Each enabled feature's last applied data migration, read with one plain statement through the context's own
/// connection, the same on SQLite and PostgreSQL. Every shell activation reads this; after a restart the district's is
/// on the way to its first page, and as EF Core's first LINQ query of the process it compiled EF Core's query pipeline
/// cold there (0.9 s of that chain in a trace, round 13), one select of a few rows. The table and column names are EF
/// Core's defaults for <see cref="TenantFeatureRecord"/> (the compiled models and the migrations use the same).
/// </summary>
public static class EnabledFeatureVersions
{
    private const string Sql = """SELECT "FeatureId", "MigrationVersion" FROM "Features" WHERE "Enabled" """;

    public static async Task<Dictionary<string, int>> ReadAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var versions = new Dictionary<string, int>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions[reader.GetString(0)] = reader.GetInt32(1);
            }

            return versions;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
