namespace GiaVien.Cms.Media.Storage;

public static class MediaStoreExtensions
{
    /// <summary>Bytes of all the tenant's files, as stored.</summary>
    public static async Task<long> TotalBytesAsync(this IMediaStore store, CancellationToken cancellationToken = default)
    {
        var total = 0L;
        await foreach (var file in store.ListAsync(cancellationToken))
        {
            total += file.Length;
        }

        return total;
    }

    /// <summary>Deletes every file of the tenant (it is removed, or about to be filled from an archive).</summary>
    /// <returns>How many files were deleted.</returns>
    public static async Task<int> DeleteAllAsync(this IMediaStore store, CancellationToken cancellationToken = default)
    {
        // Listed entirely first: a listing does not have to survive deletions made while it is read.
        var paths = new List<string>();
        await foreach (var file in store.ListAsync(cancellationToken))
        {
            paths.Add(file.Path);
        }

        foreach (var path in paths)
        {
            await store.DeleteAsync(path, cancellationToken);
        }

        return paths.Count;
    }
}
