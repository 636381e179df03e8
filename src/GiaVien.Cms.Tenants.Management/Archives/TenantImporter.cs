using System.IO.Compression;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Retention;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>
/// Imports an archive as a new tenant or into an empty (never set up) one. The archive is checked entirely
/// first; then the rows are written in one transaction and the media written to the tenant's media store. If anything
/// fails, the tenant's database, media and folder are removed again (and a tenant created for the import is deleted).
/// </summary>
public sealed class TenantImporter(
    TenantRegistry registry,
    TenantDatabase database,
    ShellHost shells,
    MediaStores mediaStores,
    IEnumerable<IPersonalDataRetention> retentions,
    TenantStatisticsCollector statistics,
    ILogger<TenantImporter> logger)
{
    /// <summary>Creates the tenant described by <paramref name="spec"/> and fills it from the archive.</summary>
    public async Task<TenantRecord> ImportAsNewAsync(Stream archive, TenantSpec spec, CancellationToken cancellationToken = default)
    {
        using var zip = Open(archive);
        var contents = Check(zip, spec.Name, spec.DatabaseProvider ?? database.DefaultProvider);
        var displayName = string.IsNullOrWhiteSpace(spec.DisplayName) ? contents.Manifest.DisplayName : spec.DisplayName;
        var record = await registry.CreateAsync(spec with { DisplayName = displayName, RecipeName = contents.Manifest.RecipeName }, cancellationToken);
        try
        {
            await FillAsync(record, zip, contents, cancellationToken);
        }
        catch
        {
            await registry.RemoveAsync(record.Name, registry.Map.Find(record.Name)?.Version ?? record.Version, CancellationToken.None);
            throw;
        }

        return registry.Map.Find(record.Name)!;
    }

    /// <summary>Fills an existing tenant that has no data yet (state Uninitialized) from the archive.</summary>
    public async Task ImportIntoAsync(Stream archive, string tenantName, CancellationToken cancellationToken = default)
    {
        var record = registry.Map.Find(tenantName) ?? throw new TenantException($"Không tìm thấy đơn vị \"{tenantName}\".");
        if (record.State != TenantState.Uninitialized)
        {
            throw new TenantException($"Chỉ nhập được vào đơn vị chưa có dữ liệu (chưa khởi tạo); \"{tenantName}\" đang ở trạng thái {record.State}.", null, isConflict: true);
        }

        using var zip = Open(archive);
        var contents = Check(zip, record.Name, record.DatabaseProvider);
        await FillAsync(record, zip, contents, cancellationToken);
    }

    private static ZipArchive Open(Stream archive)
    {
        try
        {
            return new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new TenantArchiveException("Tệp tải lên không phải tệp nén ZIP hợp lệ hoặc đã bị hỏng.", e);
        }
    }

    private ArchiveContents Check(ZipArchive zip, string tenantName, DatabaseProvider provider)
    {
        using var model = new CmsDbContext(database.TenantOptions(tenantName, provider));
        try
        {
            return TenantArchiveReader.Read(zip, model);
        }
        catch (InvalidDataException e)
        {
            throw new TenantArchiveException("Tệp nén ZIP bị hỏng.", e);
        }
    }

    private async Task FillAsync(TenantRecord record, ZipArchive zip, ArchiveContents contents, CancellationToken cancellationToken)
    {
        var shell = shells.CreateUnactivated(record);
        var media = mediaStores.For(shell);
        await registry.SetStateAsync(record.Name, TenantState.Initializing, cancellationToken: cancellationToken);
        try
        {
            await database.CreateTenantAsync(record.Name, record.DatabaseProvider, cancellationToken);
            await using (var db = shell.CreateDbContext())
            {
                await WriteRowsAsync(db, contents, record.DatabaseProvider, cancellationToken);
                // An old archive brings back no personal data whose time has run out since it was taken.
                foreach (var retention in retentions)
                {
                    await retention.EraseDueAsync(db, cancellationToken);
                }
            }

            // Like the rows, the media end up exactly as archived: files left under this tenant's name (in a bucket) go.
            await media.DeleteAllAsync(cancellationToken);
            await WriteMediaAsync(zip, contents, media, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import into tenant {TenantName} failed; its database and files are removed", record.Name);
            await database.DropTenantAsync(record.Name, record.DatabaseProvider, CancellationToken.None);
            await DeleteMediaAsync(record.Name, media);
            DeleteFolder(shell.SiteFolder);
            await registry.SetStateAsync(record.Name, TenantState.Uninitialized, e.Message, CancellationToken.None);
            throw e is TenantArchiveException ? e : new TenantArchiveException($"Không nhập được tệp sao lưu: {e.Message}", e);
        }

        await registry.SetStateAsync(record.Name, TenantState.Running, cancellationToken: cancellationToken);
        await statistics.RefreshAsync(registry.Map.Find(record.Name)!, cancellationToken);
        logger.LogInformation("Tenant {TenantName} imported from an archive of {SourceTenant} taken {ArchiveCreatedUtc}: {RowCount} rows, {MediaCount} media files",
            record.Name, contents.Manifest.TenantName, contents.Manifest.CreatedUtc, contents.Tables.Sum(t => t.Rows.Count), contents.MediaEntries.Count);
    }

    private static async Task WriteRowsAsync(CmsDbContext db, ArchiveContents contents, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        // Whatever the migrations may have seeded is replaced by the archive's rows: the tenant ends up exactly as archived.
        foreach (var table in TenantTables.Describe(db).Reverse())
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction.GetDbTransaction();
            delete.CommandText = $"DELETE FROM {TenantExporter.Quote(table.Name)}";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var table in contents.Tables)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction.GetDbTransaction();
            insert.CommandText = $"INSERT INTO {TenantExporter.Quote(table.Table.Name)} ({string.Join(", ", table.Columns.Select(c => TenantExporter.Quote(c.Name)))}) " +
                $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
            var parameters = table.Columns.Select((c, i) => c.Property.GetRelationalTypeMapping().CreateParameter(insert, "@p" + i, null, nullable: true)).ToList();
            insert.Parameters.AddRange(parameters.ToArray());
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = (TenantTables.IsOutbox(table.Columns[i]) ? null : row[i]) ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (provider == DatabaseProvider.PostgreSql && table.Table.IdentityColumn is { } identity)
            {
                // Explicit ids do not advance PostgreSQL's identity sequence; the next new row must not reuse one.
                var quotedTable = TenantExporter.Quote(table.Table.Name);
                await using var sequence = connection.CreateCommand();
                sequence.Transaction = transaction.GetDbTransaction();
                sequence.CommandText = $"SELECT setval(pg_get_serial_sequence('{quotedTable}', '{identity.Name}'), GREATEST((SELECT MAX({TenantExporter.Quote(identity.Name)}) FROM {quotedTable}), 1))";
                await sequence.ExecuteScalarAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The entries are media paths (checked by <see cref="TenantArchiveReader"/>), which the store confines to the tenant.</summary>
    private static async Task WriteMediaAsync(ZipArchive zip, ArchiveContents contents, IMediaStore media, CancellationToken cancellationToken)
    {
        foreach (var name in contents.MediaEntries)
        {
            var path = name[TenantExporter.MediaFolder.Length..];
            await using var source = zip.GetEntry(name)!.Open();
            await media.CreateAsync(path, source, MediaTypes.ContentTypeOf(path), cancellationToken);
        }
    }

    private async Task DeleteMediaAsync(string tenantName, IMediaStore media)
    {
        try
        {
            await media.DeleteAllAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Media written for the failed import into tenant {TenantName} could not all be deleted", tenantName);
        }
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
