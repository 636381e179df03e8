using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Tenants.Management.Archives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// Removes a disabled tenant for good — but reversibly until purged: its export is written to the Archives
/// folder first, then its database (file or schema), its media (folder or bucket), its folder (indexes) and its record are deleted.
/// Restoring imports the archive as a tenant again; purging deletes the archive.
/// </summary>
public sealed class TenantRemoval(
    TenantRegistry registry,
    TenantDatabase database,
    TenantExporter exporter,
    TenantImporter importer,
    ShellHost shells,
    MediaStores mediaStores,
    CmsDataFolder dataFolder,
    TimeProvider clock,
    ILogger<TenantRemoval> logger)
{
    public async Task<TenantArchive?> RemoveAsync(string name, string confirmation, int expectedVersion, string userName, CancellationToken cancellationToken = default)
    {
        var tenant = registry.Map.Find(name) ?? throw new TenantException($"Không tìm thấy đơn vị \"{name}\".");
        if (!string.Equals(confirmation?.Trim(), name, StringComparison.Ordinal))
        {
            throw new TenantException($"Hãy gõ đúng tên định danh \"{name}\" để xác nhận xóa.", "Confirmation");
        }

        TenantRegistry.ThrowUnlessRemovable(tenant);
        if (tenant.Version != expectedVersion)
        {
            throw new TenantException($"Đơn vị \"{name}\" vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.", null, isConflict: true);
        }

        // A tenant that was never set up has no data to keep.
        var archive = tenant.State == TenantState.Disabled ? await ArchiveAsync(tenant, userName, cancellationToken) : null;
        await registry.RemoveAsync(name, expectedVersion, cancellationToken);
        await database.DropTenantAsync(name, tenant.DatabaseProvider, CancellationToken.None);
        await DeleteMediaAsync(tenant);
        var folder = dataFolder.SiteFolder(name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        logger.LogWarning("Tenant {TenantName} removed by {RemovedBy}; archive {ArchiveFile}", name, userName, archive?.FileName);
        return archive;
    }

    public async Task<IReadOnlyList<TenantArchive>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = new HostDbContext(database.HostOptions());
        var archives = await db.Archives.AsNoTracking().ToListAsync(cancellationToken);
        return archives.OrderByDescending(a => a.RemovedUtc).ToList();
    }

    /// <summary>Brings a removed tenant back from its archive, under its old name and addresses unless others are given.</summary>
    public async Task<TenantRecord> RestoreAsync(int archiveId, TenantSpec? spec = null, CancellationToken cancellationToken = default)
    {
        var archive = await FindAsync(archiveId, cancellationToken);
        spec ??= new TenantSpec(archive.TenantName, archive.DisplayName, archive.UrlPrefix,
            archive.HostNames.Split(' ', StringSplitOptions.RemoveEmptyEntries), null);
        await using var stream = await OpenFileAsync(archive, cancellationToken);
        var restored = await importer.ImportAsNewAsync(stream, spec, cancellationToken);
        await DeleteAsync(archive, cancellationToken);
        logger.LogInformation("Tenant {TenantName} restored from archive {ArchiveFile}", restored.Name, archive.FileName);
        return restored;
    }

    public async Task PurgeAsync(int archiveId, CancellationToken cancellationToken = default)
    {
        var archive = await FindAsync(archiveId, cancellationToken);
        await DeleteAsync(archive, cancellationToken);
        logger.LogWarning("Archive {ArchiveFile} of tenant {TenantName} purged", archive.FileName, archive.TenantName);
    }

    public async Task<Stream> OpenAsync(int archiveId, CancellationToken cancellationToken = default) =>
        await OpenFileAsync(await FindAsync(archiveId, cancellationToken), cancellationToken);

    private IMediaStore ArchiveStore => mediaStores.Archives(dataFolder.ArchivesFolder);

    private async Task<Stream> OpenFileAsync(TenantArchive archive, CancellationToken cancellationToken) =>
        await ArchiveStore.OpenReadAsync(archive.FileName, cancellationToken)
            ?? throw new TenantException($"Không tìm thấy tệp lưu trữ {archive.FileName} trong kho lưu trữ.");

    private async Task<TenantArchive> ArchiveAsync(TenantRecord tenant, string userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var archive = new TenantArchive
        {
            TenantName = tenant.Name,
            DisplayName = tenant.DisplayName,
            FileName = $"{tenant.Name}-{now:yyyyMMdd-HHmmss}.zip",
            UrlPrefix = tenant.UrlPrefix,
            HostNames = string.Join(' ', tenant.HostNames),
            RemovedBy = userName,
            RemovedUtc = now,
        };
        // Written whole to a temporary file first: the store then receives a finished zip of known length.
        await using (var zip = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
        {
            await exporter.ExportAsync(tenant, zip, includePasswords: true, cancellationToken);
            zip.Position = 0;
            await ArchiveStore.CreateAsync(archive.FileName, zip, "application/zip", cancellationToken);
        }

        await using var db = new HostDbContext(database.HostOptions());
        db.Archives.Add(archive);
        await db.SaveChangesAsync(cancellationToken);
        return archive;
    }

    private async Task<TenantArchive> FindAsync(int archiveId, CancellationToken cancellationToken)
    {
        await using var db = new HostDbContext(database.HostOptions());
        return await db.Archives.AsNoTracking().SingleOrDefaultAsync(a => a.Id == archiveId, cancellationToken)
            ?? throw new TenantException("Không tìm thấy bản lưu trữ này (có thể đã bị xóa hẳn).");
    }

    private async Task DeleteAsync(TenantArchive archive, CancellationToken cancellationToken)
    {
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            await db.Archives.Where(a => a.Id == archive.Id).ExecuteDeleteAsync(cancellationToken);
        }

        await ArchiveStore.DeleteAsync(archive.FileName, cancellationToken);
    }

    private async Task DeleteMediaAsync(TenantRecord tenant)
    {
        try
        {
            await mediaStores.For(shells.CreateUnactivated(tenant)).DeleteAllAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The tenant is gone already; files left under its name are cleared if a tenant of that name is imported again.
            logger.LogError(e, "Media of removed tenant {TenantName} could not all be deleted", tenant.Name);
        }
    }
}
