using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Retention;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>
/// Writes one tenant to a zip: <c>manifest.json</c>, <c>tables/{table}.json</c> for every table of the model
/// (read in one snapshot) and every file of the tenant's media store (file system or S3) under <c>media/</c>. Used for backups, for
/// moving a tenant to another installation and as the archive kept when a tenant is removed.
/// </summary>
public sealed class TenantExporter(TenantDatabase database, ShellHost shells, MediaStores mediaStores, IEnumerable<IPersonalDataRetention> retentions,
    TimeProvider clock, ILogger<TenantExporter> logger)
{
    public const string TablesFolder = "tables/";
    public const string MediaFolder = "media/";

    public async Task ExportAsync(TenantRecord tenant, Stream output, bool includePasswords, CancellationToken cancellationToken = default)
    {
        if (tenant.State is TenantState.Uninitialized or TenantState.Initializing)
        {
            throw new TenantException($"Đơn vị \"{tenant.Name}\" chưa được khởi tạo xong: chưa có dữ liệu để sao lưu.", null, isConflict: true);
        }

        try
        {
            await database.MigrateTenantAsync(tenant.Name, tenant.DatabaseProvider, cancellationToken);
        }
        catch (TenantDatabaseUnavailableException e)
        {
            throw new TenantException($"Không đọc được cơ sở dữ liệu của đơn vị \"{tenant.Name}\" (tệp hoặc schema không còn hoặc bị hỏng): không thể sao lưu.", e);
        }
        var shell = shells.CreateUnactivated(tenant);
        await using var db = shell.CreateDbContext();
        var tables = TenantTables.Describe(db);
        // Personal data whose time is up is erased before the snapshot: the background work that erases it may not have
        // run yet, and an archive outlives the tenant's own retention.
        foreach (var retention in retentions)
        {
            await retention.EraseDueAsync(db, cancellationToken);
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        // One snapshot for every table; on SQLite a deferred transaction reads without blocking writers.
        await using (var snapshot = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken))
        {
            foreach (var table in tables)
            {
                await WriteTableAsync(zip, connection, snapshot, table, includePasswords, cancellationToken);
            }
        }

        var mediaCount = await WriteMediaAsync(zip, mediaStores.For(shell), cancellationToken);
        var migrations = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Select(MigrationName).ToList();
        var manifest = new ArchiveManifest
        {
            TenantName = tenant.Name,
            DisplayName = tenant.DisplayName,
            UrlPrefix = tenant.UrlPrefix,
            HostNames = tenant.HostNames,
            RecipeName = tenant.RecipeName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Migrations = migrations,
            IncludesPasswords = includePasswords,
            Tables = tables.Select(t => t.Name).ToList(),
            MediaFileCount = mediaCount,
        };
        await using (var stream = zip.CreateEntry(ArchiveManifest.FileName).Open())
        {
            await JsonSerializer.SerializeAsync(stream, manifest, ArchiveJson.Options, cancellationToken);
        }

        logger.LogInformation("Tenant {TenantName} exported: {TableCount} tables, {MediaCount} media files, passwords {IncludesPasswords}",
            tenant.Name, tables.Count, mediaCount, includePasswords);
    }

    /// <summary>"20261127033441_Initial" → "Initial": the same migration has a different timestamp per provider.</summary>
    public static string MigrationName(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    private static async Task WriteTableAsync(ZipArchive zip, DbConnection connection, DbTransaction snapshot, TenantTable table, bool includePasswords, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var stream = zip.CreateEntry(TablesFolder + table.Name + ".json", CompressionLevel.Optimal).Open();
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("table", table.Name);
        json.WriteStartArray("columns");
        table.Columns.ToList().ForEach(c => json.WriteStringValue(c.Name));
        json.WriteEndArray();
        json.WriteStartArray("rows");
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartArray();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var value = await reader.IsDBNullAsync(i, cancellationToken) ? null : ColumnValues.Read(reader, i, column.StoreType);
                ColumnValues.Write(json, TenantTables.IsOutbox(column) ? null : !includePasswords && TenantTables.IsSecret(column) ? "" : value);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task<int> WriteMediaAsync(ZipArchive zip, IMediaStore store, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        await foreach (var file in store.ListAsync(cancellationToken))
        {
            paths.Add(file.Path);
        }

        var written = 0;
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            await using var source = await store.OpenReadAsync(path, cancellationToken);
            if (source is null)
            {
                continue; // deleted since it was listed
            }

            await using var entry = zip.CreateEntry(MediaFolder + path, CompressionLevel.Fastest).Open();
            await source.CopyToAsync(entry, cancellationToken);
            written++;
        }

        return written;
    }

    /// <summary>Identifiers come from the EF model, never from input; both SQLite and PostgreSQL quote with double quotes.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

public static class ArchiveJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
