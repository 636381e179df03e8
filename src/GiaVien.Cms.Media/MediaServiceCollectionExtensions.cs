using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Media.Fields;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Media.Uploads;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>Permission (claim value) needed to upload, edit and delete media files.</summary>
    public const string ManageMediaPermission = "ManageMedia";

    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration("Cms:Media");
        services.AddSingleton<MediaStores>();
        services.AddSingleton<StaleRenditions>();
        services.AddSingleton<ProfileCache>();
        services.AddHostedService<RenditionInvalidation>();
        services.AddSingleton<UploadValidator>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<PublishedMediaFiles>();
        services.AddRecipeStep<MediaRecipeStep>();
        services.AddContentFieldKind<AttachmentsField>();
        services.AddAdminMenuLink(new("Thư viện tệp", "admin/media", 10), ManageMediaPermission);
        return services;
    }

    /// <summary>The admin's JSON API of the library (which requires <paramref name="adminPolicy"/>); public files are served by <c>UseMediaFiles</c>.</summary>
    public static void MapMedia(this IEndpointRouteBuilder endpoints, string adminPolicy) => endpoints.MapMediaAdminApi(adminPolicy);
}
