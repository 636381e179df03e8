using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Galleries;

/// <summary>
/// "Thư viện ảnh, video": the types of <c>recipes/thu-vien-anh.recipe.json</c>, photo albums at <c>/thu-vien-anh</c>
/// and videos at <c>/video</c>, whose files are the tenant's own media library.
/// </summary>
public static class GalleriesFeature
{
    public const string Id = "galleries";
    public const string AlbumType = "AlbumAnh";
    public const string VideoType = "Video";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Thư viện ảnh, video",
        "Album ảnh chọn từ thư viện tệp (chú thích, mô tả ảnh, xem toàn màn hình) tại /thu-vien-anh và video MP4 hoặc liên kết video tại /video.")
    {
        Recipe = "thu-vien-anh",
        ContentTypes = [AlbumType, VideoType],
    };

    /// <param name="migrations">What enabling brings besides the recipe (the host's menu item).</param>
    public static IServiceCollection AddGalleries(this IServiceCollection services, params IFeatureMigration[] migrations) => services
        .AddContentFieldKind<AlbumPhotosField>()
        .AddContentFieldKind<VideoFileField>()
        .AddFeature(Descriptor with { Migrations = migrations });
}
