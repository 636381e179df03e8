using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// A tenant database as an older version of the product left it: the schema migrated only up to the migration before
/// a named one, and content rows written with that schema's columns. Used to test what a migration does to old data.
/// </summary>
public static class OlderSchema
{
    /// <summary>
    /// A database with the current schema, of the host's provider, that no tenant uses, moved back to just before the
    /// migration whose name ends with <paramref name="migrationName"/> (e.g. <c>_TranslationLinkColumn</c>). No tenant
    /// uses it on purpose: a tenant's shell and background work migrate its database when they find it behind, which
    /// raced with the test's own rows (CI saw half of them written after the column was back).
    /// Dispose the returned database to drop it.
    /// </summary>
    public static async Task<Downgraded> CreateJustBeforeAsync(CmsHost host, string migrationName)
    {
        var database = host.Services.GetRequiredService<TenantDatabase>();
        var name = $"older-schema-{Guid.NewGuid():N}"[..30];
        await database.CreateTenantAsync(name, host.Provider, CancellationToken.None);
        var db = new CmsDbContext(database.TenantOptions(name, host.Provider));
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith(migrationName, StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        return new Downgraded(db, migrator, () => database.DropTenantAsync(name, host.Provider, CancellationToken.None));
    }

    /// <summary>The downgraded database and the migrator to finish migrating it with.</summary>
    public sealed class Downgraded(CmsDbContext db, IMigrator migrator, Func<Task> drop) : IAsyncDisposable
    {
        public CmsDbContext Db { get; } = db;

        public Task MigrateToLatestAsync() => migrator.MigrateAsync();

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            await drop();
        }
    }

    /// <summary>
    /// Inserts <paramref name="row"/> into the table as the older schema has it: columns added by later migrations (the
    /// model already knows them) are left out, so the row is written as that version of the product would have.
    /// </summary>
    public static async Task InsertAsOfThenAsync(CmsDbContext db, ContentItemRecord row)
    {
        var entity = db.Model.FindEntityType(typeof(ContentItemRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var probe = connection.CreateCommand())
        {
            probe.CommandText = $"SELECT * FROM \"{table.Name}\" WHERE 1 = 0";
            await using var reader = await probe.ExecuteReaderAsync();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                existing.Add(reader.GetName(i));
            }
        }

        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never && existing.Contains(p.GetColumnName(table)!))
            .ToList();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        foreach (var (column, i) in columns.Select((c, i) => (c, i)))
        {
            var value = column.PropertyInfo!.GetValue(row);
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = (column.GetTypeMapping().Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            insert.Parameters.Add(parameter);
        }

        await insert.ExecuteNonQueryAsync();
    }
}
