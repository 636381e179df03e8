using GiaVien.Cms.Data;
using System.Collections.Concurrent;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Media.Images;

/// <summary>
/// Renditions of a tenant's images on local disk (<c>{site folder}/MediaCache/{profile}/{path}.{format}</c>):
/// made on the first request, served as static files afterwards. Each web node keeps its own cache, whatever
/// the store. Resizes run at most one per core, and concurrent requests for the same rendition share one.
/// </summary>
public sealed class ProfileCache : IDisposable
{
    public const string FolderName = "MediaCache";

    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _resizeSlots = new(Environment.ProcessorCount);
    private readonly CmsDataFolder _dataFolder;
    private readonly ILogger<ProfileCache> _logger;

    public ProfileCache(CmsDataFolder dataFolder, ILogger<ProfileCache> logger)
    {
        _dataFolder = dataFolder;
        _logger = logger;
    }

    public static string FilePath(ShellContext shell, ImageProfile profile, string path, ImageFormat format) =>
        FilePath(shell.SiteFolder, profile, path, format);

    private static string FilePath(string siteFolder, ImageProfile profile, string path, ImageFormat format) =>
        Path.Combine(siteFolder, FolderName, profile.Name, path + "." + format.Extension);

    /// <summary>The rendition's file, made now if needed; null when the source image does not exist or cannot be read.</summary>
    public async Task<string?> GetOrCreateAsync(ShellContext shell, IMediaStore store, ImageProfile profile, string path, ImageFormat format, CancellationToken cancellationToken)
    {
        var file = FilePath(shell, profile, path, format);
        if (File.Exists(file))
        {
            return file;
        }

        var lazy = _pending.GetOrAdd(file, key => new Lazy<Task<bool>>(() => CreateAsync(store, profile, path, format, key)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken) ? file : null;
        }
        finally
        {
            _pending.TryRemove(new KeyValuePair<string, Lazy<Task<bool>>>(file, lazy));
        }
    }

    public void Dispose() => _resizeSlots.Dispose();

    /// <summary>Forgets every rendition of a file (after it was deleted, renamed or moved, on this node or another).</summary>
    public void Remove(StaleRendition stale)
    {
        var siteFolder = _dataFolder.SiteFolder(stale.Tenant);
        if (stale.Path is null)
        {
            RemoveAll(Path.Combine(siteFolder, FolderName));
            return;
        }

        foreach (var profile in ImageProfile.All)
        {
            foreach (var format in new[] { ImageFormat.Webp, ImageFormat.Jpeg, ImageFormat.Png })
            {
                var file = FilePath(siteFolder, profile, stale.Path, format);
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private void RemoveAll(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            // A rendition being written right now keeps its folder; it is made from the current file anyway.
            _logger.LogWarning(e, "Some renditions in {Folder} could not be deleted", folder);
        }
    }

    private async Task<bool> CreateAsync(IMediaStore store, ImageProfile profile, string path, ImageFormat format, string file)
    {
        await using var source = await OpenSeekableAsync(store, path);
        if (source is null)
        {
            return false;
        }

        await _resizeSlots.WaitAsync();
        try
        {
            using var codec = SkiaImages.Open(source);
            if (codec is null)
            {
                _logger.LogWarning("Media file {MediaPath} is not a readable image", path);
                return false;
            }

            using var data = SkiaImages.Render(codec, profile, format);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".part";
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                data.SaveTo(output);
            }

            File.Move(temp, file, overwrite: true);
            return true;
        }
        catch (InvalidDataException e)
        {
            _logger.LogWarning(e, "Media file {MediaPath} could not be resized to {Profile}", path, profile.Name);
            return false;
        }
        finally
        {
            _resizeSlots.Release();
        }
    }

    // Decoders seek; an object store's response stream does not, so it is spooled to a temporary file.
    private static async Task<Stream?> OpenSeekableAsync(IMediaStore store, string path)
    {
        var stream = await store.OpenReadAsync(path);
        if (stream is null || stream.CanSeek)
        {
            return stream;
        }

        await using (stream)
        {
            var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            await stream.CopyToAsync(spool);
            spool.Position = 0;
            return spool;
        }
    }
}
