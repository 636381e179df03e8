using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;

namespace GiaVien.Cms.Media.Library;

/// <summary>
/// The library's records that public pages show (an article's featured photo, a link banner's image: size, description,
/// caption), read through the tenant's <see cref="PublicReadCache"/>, so an uncached article or home page reads no media
/// row once nothing changed. A record edited, renamed, moved or deleted counts as a public change
/// (<c>PublicChangesInterceptor</c>), so the next render reads it again; a path without a record is not kept, so a file
/// uploaded under it later shows at once. The records are shared by every request of the tenant: never change one.
/// </summary>
public sealed class PublishedMediaFiles(TenantDb tenantDb, MediaLibrary library, PublicReadCache cache)
{
    private CmsDbContext Db => tenantDb.Context;

    public Task<MediaFileRecord?> FindAsync(string path, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(tenantDb, PublicReadCache.Key("media.file", path), () => library.FindAsync(path, cancellationToken), Bytes);

    // The record's object and strings, as ReadCacheBytes estimates the other answers.
    private static long Bytes(MediaFileRecord? file) => file is null ? 0
        : ReadCacheBytes.Of(file.Path) + ReadCacheBytes.Of(file.Folder) + ReadCacheBytes.Of(file.FileName) + ReadCacheBytes.Of(file.ContentType)
            + ReadCacheBytes.Of(file.AltText) + ReadCacheBytes.Of(file.Caption) + ReadCacheBytes.Of(file.CreatedBy) + 128;
}
