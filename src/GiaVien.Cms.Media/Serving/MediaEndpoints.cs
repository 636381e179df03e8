using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Media.Uploads;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace GiaVien.Cms.Media.Serving;

/// <summary>
/// <c>/media/{path}</c> and <c>/media/_p/{profile}/{path}</c> under each tenant's path base (the path is the
/// request's, already without the tenant's prefix). Files come from
/// the current tenant's store only, so a path names a file of this tenant or nothing. Images are always
/// served re-encoded (plain URL = the "full" profile): orientation applied, GPS and other metadata gone.
/// </summary>
public static class MediaEndpoints
{
    public const string ImageCacheControl = "public, max-age=31536000, immutable";
    public const string DocumentCacheControl = "public, max-age=86400";

    /// <summary>
    /// Serves media right after tenant resolution, ahead of routing, authentication and antiforgery: media
    /// URLs are public, and a cached rendition should cost little more than a static file.
    /// </summary>
    public static IApplicationBuilder UseMediaFiles(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || !context.Request.Path.StartsWithSegments("/media", out var rest) || context.Features.Get<ShellContext>() is null)
        {
            await next(context);
            return;
        }

        var services = context.RequestServices;
        var result = await ServeAsync(rest.Value?.TrimStart('/'), context, services.GetRequiredService<ShellScope>(),
            services.GetRequiredService<MediaStores>(), services.GetRequiredService<ProfileCache>());
        await result.ExecuteAsync(context);
    });

    private static async Task<IResult> ServeAsync(string? path, HttpContext context, ShellScope scope, MediaStores stores, ProfileCache cache)
    {
        ImageProfile? profile = null;
        path ??= "";
        if (path.StartsWith(MediaUrls.ProfileSegment, StringComparison.Ordinal))
        {
            var rest = path[MediaUrls.ProfileSegment.Length..];
            var slash = rest.IndexOf('/');
            profile = slash > 0 ? ImageProfile.Find(rest[..slash]) : null;
            if (profile is null)
            {
                return NotFound();
            }

            path = rest[(slash + 1)..];
        }

        var type = MediaPath.IsValidFile(path) ? MediaTypes.Find(path[(path.LastIndexOf('.') + 1)..]) : null;
        if (type is null || (profile is not null && type.Kind != MediaKind.Image))
        {
            return NotFound();
        }

        var store = stores.For(scope.Shell);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (type.Kind == MediaKind.Image)
        {
            var format = ImageFormat.ForRequest(context.Request.Headers.Accept, sourceHasAlpha: type.ContentType != "image/jpeg");
            var file = await cache.GetOrCreateAsync(scope.Shell, store, profile ?? ImageProfile.Full, path, format, context.RequestAborted);
            if (file is null)
            {
                return NotFound();
            }

            var info = new FileInfo(file);
            headers.CacheControl = ImageCacheControl;
            headers.Vary = HeaderNames.Accept;
            return Results.File(file, format.ContentType, lastModified: info.LastWriteTimeUtc,
                entityTag: new EntityTagHeaderValue($"\"{format.Extension}-{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\""));
        }

        var stored = await store.GetInfoAsync(path, context.RequestAborted);
        var stream = stored is null ? null : await store.OpenReadAsync(path, context.RequestAborted);
        if (stream is null)
        {
            return NotFound();
        }

        headers.CacheControl = DocumentCacheControl;
        // PDF and video open in the browser; Office files download.
        var download = type.ContentType is "application/pdf" or "video/mp4" ? null : MediaPath.NameOf(path);
        return Results.Stream(stream, type.ContentType, download, stored!.LastModified, new EntityTagHeaderValue(stored.ETag), enableRangeProcessing: stream.CanSeek);
    }

    private static IResult NotFound() => Results.Text("Không tìm thấy tệp.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
