using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Serving;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The one place that turns a media path (a news item's featured image) into an image of a fixed
/// profile, served resized by the media module, with the width and height the profile produces.
/// </summary>
public static class NewsImages
{
    public static ImageProfile Card => ImageProfile.Card;

    public static ImageProfile Article => ImageProfile.Article;

    public static ImageProfile OpenGraph => ImageProfile.Og;

    /// <summary>An image at <paramref name="profile"/>'s box size (exact for cropping profiles such as cards).</summary>
    public static ImageViewModel? For(string basePath, string? path, string? alt, string title, ImageProfile profile) =>
        string.IsNullOrWhiteSpace(path) ? null
            : new ImageViewModel(Url(basePath, path, profile), string.IsNullOrWhiteSpace(alt) ? title : alt, profile.Width, profile.Height);

    /// <summary>The same, sized from the stored file: a profile that keeps the photo's proportions gets its real output size.</summary>
    public static ImageViewModel? For(string basePath, MediaFileRecord? file, string? alt, string title, ImageProfile profile)
    {
        if (file is not { Kind: MediaKind.Image, Width: { } width, Height: { } height })
        {
            return null;
        }

        var size = profile.OutputSize(width, height);
        var text = !string.IsNullOrWhiteSpace(alt) ? alt : !string.IsNullOrWhiteSpace(file.AltText) ? file.AltText : title;
        return new ImageViewModel(Url(basePath, file.Path, profile), text, size.Width, size.Height) { Caption = file.Caption };
    }

    public static string Url(string basePath, string path, ImageProfile profile) => MediaUrls.Profile(basePath, profile, path.TrimStart('/'));
}
