using GiaVien.Cms.Media.Images;

namespace GiaVien.Cms.Media.Serving;

/// <summary>Public URLs of media files, relative to a tenant's path base (<c>""</c> or <c>/gia-hoa</c>).</summary>
public static class MediaUrls
{
    public const string Prefix = "/media/";

    /// <summary>Segment that introduces a profile: <c>/media/_p/card/hoi-nghi/anh.jpg</c>. No slug starts with "_".</summary>
    public const string ProfileSegment = "_p/";

    public static string File(string basePath, string path) => basePath + Prefix + path;

    public static string Profile(string basePath, ImageProfile profile, string path) => basePath + Prefix + ProfileSegment + profile.Name + "/" + path;
}
