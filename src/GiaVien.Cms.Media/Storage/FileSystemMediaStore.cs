namespace GiaVien.Cms.Media.Storage;

/// <summary>Media files of one tenant as plain files under <c>{site folder}/Media</c>.</summary>
public sealed class FileSystemMediaStore(string root) : IMediaStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public Task<MediaObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(FullPath(path));
        return Task.FromResult(file.Exists
            ? new MediaObjectInfo(file.Length, file.LastWriteTimeUtc, $"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\"")
            : null);
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        Stream? stream = File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public async Task CreateAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written under a temporary name and moved without overwrite: a reader never sees half a file, and a
        // file that appeared meanwhile is never replaced.
        var temp = full + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            MoveNoOverwrite(temp, full, path);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task MoveAsync(string fromPath, string toPath, CancellationToken cancellationToken = default)
    {
        var target = FullPath(toPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        MoveNoOverwrite(FullPath(fromPath), target, toPath);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        File.Delete(FullPath(path));
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<StoredMediaFile> ListAsync(CancellationToken cancellationToken = default) =>
        (Directory.Exists(Root) ? new DirectoryInfo(Root).EnumerateFiles("*", SearchOption.AllDirectories) : [])
            .Select(file => new StoredMediaFile(Path.GetRelativePath(Root, file.FullName).Replace(Path.DirectorySeparatorChar, '/'), file.Length))
            .Where(file => MediaPath.IsValidFile(file.Path))
            .ToAsyncEnumerable();

    private static void MoveNoOverwrite(string from, string to, string path)
    {
        try
        {
            File.Move(from, to, overwrite: false);
        }
        catch (IOException) when (File.Exists(to))
        {
            throw new MediaConflictException(path);
        }
    }

    private string FullPath(string path)
    {
        if (!MediaPath.IsValidFile(path))
        {
            throw new ArgumentException($"'{path}' is not a media path.", nameof(path));
        }

        // MediaPath already excludes "..": this is the second lock on the same door.
        var full = Path.GetFullPath(Path.Combine(Root, path));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"'{path}' leaves the media folder.", nameof(path));
    }
}
