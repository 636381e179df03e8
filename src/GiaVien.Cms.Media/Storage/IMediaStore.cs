namespace GiaVien.Cms.Media.Storage;

/// <summary>
/// The bytes of ONE tenant's media files. Paths are relative to the tenant's root and already validated
/// (<see cref="MediaPath"/>); a store cannot name another tenant's files because its root is fixed when the
/// tenant's store is created.
/// </summary>
public interface IMediaStore
{
    /// <summary>Length, modification time and entity tag of a file, or null if there is none.</summary>
    Task<MediaObjectInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>A readable stream over the file, or null if there is none. The caller disposes it.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes a new file; throws <see cref="MediaConflictException"/> rather than replace an existing one.</summary>
    Task CreateAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Moves a file; throws <see cref="MediaConflictException"/> rather than replace an existing one.</summary>
    Task MoveAsync(string fromPath, string toPath, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Every file of the tenant, in no particular order (archives, statistics, removal); anything stored that is not a media path is skipped.</summary>
    IAsyncEnumerable<StoredMediaFile> ListAsync(CancellationToken cancellationToken = default);
}

public sealed record MediaObjectInfo(long Length, DateTimeOffset LastModified, string ETag);

public sealed record StoredMediaFile(string Path, long Length);

/// <summary>A file already exists where one was about to be written.</summary>
public sealed class MediaConflictException(string path) : Exception($"A media file already exists at '{path}'.")
{
    public string MediaFilePath { get; } = path;
}
