using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Media.Uploads;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Media.Library;

/// <summary>
/// The current tenant's media library: metadata rows in the tenant's database, bytes in the tenant's store.
/// Every refusal is a <see cref="MediaException"/> thrown before anything is written.
/// </summary>
public sealed class MediaLibrary(
    ShellScope scope, TenantDb tenantDb, SiteSettingsStore settings, MediaStores stores, UploadValidator validator, StaleRenditions staleRenditions, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaLibrary> logger)
{
    private CmsDbContext Db => tenantDb.Context;

    public const int PageSize = 40;
    private const int MaxSearchWords = 8;
    private const int MaxNameAttempts = 50;

    private IMediaStore Store => stores.For(scope.Shell);

    public async Task<MediaPage> ListAsync(string? folder, string? query, int page, MediaKind? kind = null, CancellationToken cancellationToken = default)
    {
        folder = await RequireFolderAsync(folder, cancellationToken);
        var term = string.IsNullOrWhiteSpace(query) ? "" : VietnameseText.Slugify(query, 120);
        var files = Db.MediaFiles.AsNoTracking();
        // A search looks through the folder and everything below it; browsing shows the folder itself.
        files = term.Length > 0
            ? files.Where(f => folder == "" || f.Folder == folder || f.Folder.StartsWith(folder + "/"))
            : files.Where(f => f.Folder == folder);
        // Every word typed must be in the name, in any order: "hội nghị 2024" finds hoi-nghi-tong-ket-2024.jpg.
        foreach (var word in term.Split('-', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxSearchWords))
        {
            files = files.Where(f => f.FileName.Contains(word));
        }
        if (kind is { } k)
        {
            files = files.Where(f => f.Kind == k);
        }

        var total = await files.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await files.OrderBy(f => f.FileName).ThenBy(f => f.Folder)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var folders = term.Length > 0 ? [] : await Db.MediaFolders.AsNoTracking()
            .Where(f => f.Parent == folder).OrderBy(f => f.Path).Select(f => f.Path).ToListAsync(cancellationToken);
        return new MediaPage(folder, term, folders, items, page, pageCount, total);
    }

    public Task<MediaFileRecord?> FindAsync(string path, CancellationToken cancellationToken = default) =>
        MediaPath.IsValidFile(path)
            ? Db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Path == path, cancellationToken)
            : Task.FromResult<MediaFileRecord?>(null);

    public async Task<IReadOnlyList<string>> AllFoldersAsync(CancellationToken cancellationToken = default) =>
        await Db.MediaFolders.AsNoTracking().OrderBy(f => f.Path).Select(f => f.Path).ToListAsync(cancellationToken);

    /// <summary>Validates and stores one uploaded file in <paramref name="folder"/>, under a name no other file has.</summary>
    public async Task<UploadResult> UploadAsync(string? folder, string? originalName, Stream content, string? userName, CancellationToken cancellationToken = default)
    {
        folder = await RequireFolderAsync(folder, cancellationToken);
        var upload = validator.Validate(originalName, content);
        var usage = await UsageAsync(cancellationToken);
        if (usage.Used + upload.Length > usage.Quota)
        {
            throw new MediaException(MediaErrorCode.QuotaExceeded,
                $"Không đủ dung lượng: thư viện đã dùng {UploadValidator.FormatSize(usage.Used)} trên hạn mức {UploadValidator.FormatSize(usage.Quota)}, tệp “{originalName}” cần thêm {UploadValidator.FormatSize(upload.Length)}. Hãy xóa bớt tệp không dùng hoặc liên hệ quản trị viên huyện.");
        }

        var wanted = upload.Stem + "." + upload.Extension;
        for (var attempt = 1; attempt <= MaxNameAttempts; attempt++)
        {
            var fileName = attempt == 1 ? wanted : $"{upload.Stem}-{attempt}.{upload.Extension}";
            var record = new MediaFileRecord
            {
                Path = MediaPath.Combine(folder, fileName),
                Folder = folder,
                FileName = fileName,
                ContentType = upload.Type.ContentType,
                Kind = upload.Type.Kind,
                Length = upload.Length,
                Width = upload.Width,
                Height = upload.Height,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                CreatedBy = userName,
            };
            if (!await TryReserveAsync(record, cancellationToken))
            {
                continue;
            }

            try
            {
                content.Position = 0;
                await Store.CreateAsync(record.Path, content, record.ContentType, cancellationToken);
            }
            catch (MediaConflictException)
            {
                // A file exists in the store without a row (left by a crash or copied in by hand): keep it, pick another name.
                await ForgetAsync(record);
                continue;
            }
            catch
            {
                await ForgetAsync(record);
                throw;
            }

            logger.LogInformation("Media file {MediaPath} uploaded ({Length} bytes)", record.Path, record.Length);
            return new UploadResult(record, Renamed: fileName != wanted);
        }

        throw new MediaException(MediaErrorCode.NameTaken, $"Đã có quá nhiều tệp tên “{wanted}” trong thư mục này. Hãy đổi tên tệp rồi tải lên.");
    }

    /// <summary>
    /// Puts a file shipped with a recipe at exactly <paramref name="folder"/>/<paramref name="fileName"/>, creating
    /// the folders; refuses when the library already has a file there (content refers to the exact path).
    /// </summary>
    public async Task<string> ImportAsync(string folder, string fileName, Stream content, string? userName, CancellationToken cancellationToken = default)
    {
        var parent = "";
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = MediaPath.Combine(parent, segment);
            if (!await Db.MediaFolders.AnyAsync(f => f.Path == path, cancellationToken))
            {
                await CreateFolderAsync(parent, segment, cancellationToken);
            }

            parent = path;
        }

        var target = MediaPath.Combine(folder, fileName);
        if (await Db.MediaFiles.AnyAsync(f => f.Path == target, cancellationToken))
        {
            throw new MediaException(MediaErrorCode.NameTaken, $"Đã có tệp “{target}” trong thư viện.");
        }

        // Bytes without a row are what a failed setup leaves behind (its database is dropped, its files are not).
        if (await Store.GetInfoAsync(target, cancellationToken) is not null)
        {
            await Store.DeleteAsync(target, cancellationToken);
        }

        var uploaded = await UploadAsync(folder, fileName, content, userName, cancellationToken);
        return uploaded.File.Path == target
            ? target
            : throw new MediaException(MediaErrorCode.InvalidName, $"Tệp “{fileName}” được lưu thành “{uploaded.File.Path}”: hãy đặt tên tệp không dấu, viết thường.");
    }

    public async Task UpdateTextAsync(string path, string? altText, string? caption, CancellationToken cancellationToken = default)
    {
        var record = await RequireTrackedAsync(path, cancellationToken);
        record.AltText = Clean(altText, 500);
        record.Caption = Clean(caption, 1000);
        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives a file a new name (the extension stays); returns its new path.</summary>
    public Task<string> RenameAsync(string path, string? newName, CancellationToken cancellationToken = default)
    {
        var extension = System.IO.Path.GetExtension(path);
        var typed = newName?.Trim() ?? "";
        if (typed.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            typed = typed[..^extension.Length];
        }

        return RelocateAsync(path, MediaPath.FolderOf(path), MediaFileNames.NormalizeStem(typed) + extension, cancellationToken);
    }

    public async Task<string> MoveAsync(string path, string? folder, CancellationToken cancellationToken = default)
    {
        folder = await RequireFolderAsync(folder, cancellationToken);
        return await RelocateAsync(path, folder, MediaPath.NameOf(path), cancellationToken);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var record = await RequireTrackedAsync(path, cancellationToken);
        Db.MediaFiles.Remove(record);
        await Db.SaveChangesAsync(cancellationToken);
        await Store.DeleteAsync(path, cancellationToken);
        staleRenditions.Notify(new StaleRendition(scope.Shell.Name, path));
        logger.LogInformation("Media file {MediaPath} deleted", path);
    }

    /// <summary>Content items (latest or published version) whose data mention the file's path.</summary>
    public async Task<IReadOnlyList<MediaUse>> FindUsesAsync(string path, CancellationToken cancellationToken = default) =>
        await Db.ContentItems.AsNoTracking()
            .Where(i => (i.Latest || i.Published) && i.Data.Contains(path))
            .Select(i => new MediaUse(i.ContentItemId, i.DisplayText))
            .Distinct()
            .ToListAsync(cancellationToken);

    public async Task<string> CreateFolderAsync(string? parent, string name, CancellationToken cancellationToken = default)
    {
        parent = await RequireFolderAsync(parent, cancellationToken);
        var slug = VietnameseText.Slugify(name ?? "", 60);
        if (slug.Length == 0)
        {
            throw new MediaException(MediaErrorCode.InvalidName, "Tên thư mục phải có ít nhất một chữ cái hoặc chữ số.");
        }

        var path = MediaPath.Combine(parent, slug);
        if (!MediaPath.IsValidFolder(path))
        {
            throw new MediaException(MediaErrorCode.InvalidName, $"Không tạo được thư mục lồng quá {MediaPath.MaxFolderDepth} cấp.");
        }

        if (await Db.MediaFolders.AnyAsync(f => f.Path == path, cancellationToken))
        {
            throw new MediaException(MediaErrorCode.NameTaken, $"Thư mục “{slug}” đã có.");
        }

        Db.MediaFolders.Add(new MediaFolderRecord { Path = path, Parent = parent, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await Db.SaveChangesAsync(cancellationToken);
        return path;
    }

    public async Task DeleteFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var record = MediaPath.IsValidFolder(folder) && folder.Length > 0
            ? await Db.MediaFolders.SingleOrDefaultAsync(f => f.Path == folder, cancellationToken)
            : null;
        if (record is null)
        {
            throw new MediaException(MediaErrorCode.FolderNotFound, "Không tìm thấy thư mục.");
        }

        if (await Db.MediaFiles.AnyAsync(f => f.Folder == folder, cancellationToken) || await Db.MediaFolders.AnyAsync(f => f.Parent == folder, cancellationToken))
        {
            throw new MediaException(MediaErrorCode.FolderNotEmpty, $"Thư mục “{folder}” còn tệp hoặc thư mục con: hãy chuyển hoặc xóa chúng trước.");
        }

        Db.MediaFolders.Remove(record);
        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Bytes used and the tenant's quota: its <c>MediaQuotaBytes</c> site setting, else <c>Cms:Media:QuotaBytes</c>.</summary>
    public async Task<QuotaUsage> UsageAsync(CancellationToken cancellationToken = default)
    {
        var values = await settings.GetAsync(cancellationToken);
        var quota = values.TryGetValue(SiteSettingNames.MediaQuotaBytes, out var text) && long.TryParse(text, out var bytes) && bytes >= 0
            ? bytes
            : options.Value.QuotaBytes;
        return new QuotaUsage(await Db.MediaFiles.SumAsync(f => f.Length, cancellationToken), quota);
    }

    private async Task<string> RelocateAsync(string path, string folder, string fileName, CancellationToken cancellationToken)
    {
        var record = await RequireTrackedAsync(path, cancellationToken);
        var target = MediaPath.Combine(folder, fileName);
        if (target == path)
        {
            return path;
        }

        if (await Db.MediaFiles.AnyAsync(f => f.Path == target, cancellationToken))
        {
            throw new MediaException(MediaErrorCode.NameTaken, $"Đã có tệp “{target}”. Hãy chọn tên khác.");
        }

        try
        {
            await Store.MoveAsync(path, target, cancellationToken);
        }
        catch (MediaConflictException)
        {
            throw new MediaException(MediaErrorCode.NameTaken, $"Đã có tệp “{target}”. Hãy chọn tên khác.");
        }

        record.Path = target;
        record.Folder = folder;
        record.FileName = fileName;
        await Db.SaveChangesAsync(cancellationToken);
        staleRenditions.Notify(new StaleRendition(scope.Shell.Name, path));
        logger.LogInformation("Media file {MediaPath} moved to {NewMediaPath}", path, target);
        return target;
    }

    private async Task<string> RequireFolderAsync(string? folder, CancellationToken cancellationToken)
    {
        folder = (folder ?? "").Trim('/');
        if (folder.Length == 0)
        {
            return "";
        }

        return MediaPath.IsValidFolder(folder) && await Db.MediaFolders.AnyAsync(f => f.Path == folder, cancellationToken)
            ? folder
            : throw new MediaException(MediaErrorCode.FolderNotFound, $"Không tìm thấy thư mục “{folder}”.");
    }

    private async Task<MediaFileRecord> RequireTrackedAsync(string path, CancellationToken cancellationToken) =>
        (MediaPath.IsValidFile(path) ? await Db.MediaFiles.SingleOrDefaultAsync(f => f.Path == path, cancellationToken) : null)
        ?? throw new MediaException(MediaErrorCode.NotFound, $"Không tìm thấy tệp “{path}”.");

    private async Task<bool> TryReserveAsync(MediaFileRecord record, CancellationToken cancellationToken)
    {
        if (await Db.MediaFiles.AnyAsync(f => f.Path == record.Path, cancellationToken))
        {
            return false;
        }

        Db.MediaFiles.Add(record);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another upload took the name between the check and the insert.
            Db.Entry(record).State = EntityState.Detached;
            return false;
        }
    }

    private async Task ForgetAsync(MediaFileRecord record)
    {
        Db.MediaFiles.Remove(record);
        await Db.SaveChangesAsync(CancellationToken.None);
    }

    private static string? Clean(string? text, int maxLength)
    {
        var value = text?.Normalize(System.Text.NormalizationForm.FormC).Trim();
        return string.IsNullOrEmpty(value) ? null : value.Length > maxLength ? value[..maxLength] : value;
    }
}

public sealed record MediaPage(string Folder, string Query, IReadOnlyList<string> Folders, IReadOnlyList<MediaFileRecord> Files, int Page, int PageCount, int Total);

public sealed record UploadResult(MediaFileRecord File, bool Renamed);

public sealed record MediaUse(string ContentItemId, string Title);

public sealed record QuotaUsage(long Used, long Quota)
{
    public double Percent => Quota <= 0 ? 100 : Math.Min(100, 100.0 * Used / Quota);
}
