using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Serving;

namespace GiaVien.Cms.Galleries;

/// <summary>
/// A photo as the album's view sees it: its library path (a view builds a thumbnail's <c>srcset</c> from it, so a
/// template override's check still sees URLs there), the card rendition for the grid, a larger one for the viewer, the
/// full image its link opens without script, and the anchor that names it on the page (<c>#anh-3</c>). Every URL is a
/// fixed profile of the media pipeline, so the original bytes (and their EXIF/GPS data) are never served. The viewer
/// has no <c>srcset</c>: profiles never upscale, so a width descriptor taken from the profile (2560w for a 1200-pixel
/// photo) would make the browser show the photo at half its size.
/// </summary>
public sealed record AlbumPhotoView(int Number, string Anchor, string Path, string CardUrl, string ViewUrl, string FullUrl, string Alt, string? Caption)
{
    public static AlbumPhotoView Of(AlbumPhoto photo, int number, string basePath)
    {
        string Url(ImageProfile profile) => MediaUrls.Profile(basePath, profile, photo.Path);
        return new AlbumPhotoView(number, $"anh-{number}", photo.Path, Url(ImageProfile.Card), Url(ImageProfile.Article), Url(ImageProfile.Full), photo.Alt, photo.Caption);
    }
}
