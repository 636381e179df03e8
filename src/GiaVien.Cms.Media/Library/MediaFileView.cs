using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Serving;

namespace GiaVien.Cms.Media.Library;

/// <summary>A library file as the admin pages and the picker show it, with the URLs an editor may insert.</summary>
public sealed record MediaFileView(
    string Path, string Name, string Folder, string Kind, string ContentType, long Size, int? Width, int? Height,
    string? Alt, string? Caption, string Url, string? ThumbnailUrl, string? ArticleUrl, int? ArticleWidth, int? ArticleHeight)
{
    public static MediaFileView From(MediaFileRecord file, string basePath)
    {
        var isImage = file.Kind == MediaKind.Image;
        (int Width, int Height)? article = isImage && file.Width is { } w && file.Height is { } h ? ImageProfile.Article.OutputSize(w, h) : null;
        return new MediaFileView(file.Path, file.FileName, file.Folder, file.Kind.ToString(), file.ContentType, file.Length, file.Width, file.Height,
            file.AltText, file.Caption, MediaUrls.File(basePath, file.Path),
            isImage ? MediaUrls.Profile(basePath, ImageProfile.Thumbnail, file.Path) : null,
            isImage ? MediaUrls.Profile(basePath, ImageProfile.Article, file.Path) : null,
            article?.Width, article?.Height);
    }
}
