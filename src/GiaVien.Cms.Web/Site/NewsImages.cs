namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The one place that turns a media path (<c>DistrictNewsPart.FeaturedImage.Paths[0]</c>) into an image of a fixed
/// profile, served resized by the media module at <c>/media/_p/{profile}/{path}</c>, with its width and height.
/// </summary>
public static class NewsImages
{
    public static readonly ImageProfile Card = new("card", 400, 225);
    public static readonly ImageProfile Article = new("article", 800, 450);
    public static readonly ImageProfile OpenGraph = new("og", 1200, 630);

    public static ImageViewModel? For(string basePath, string? path, string? alt, string title, ImageProfile profile) =>
        string.IsNullOrWhiteSpace(path) ? null
            : new ImageViewModel(Url(basePath, path, profile), string.IsNullOrWhiteSpace(alt) ? title : alt, profile.Width, profile.Height);

    public static string Url(string basePath, string path, ImageProfile profile) =>
        $"{basePath}/media/_p/{profile.Name}/{string.Join('/', path.TrimStart('/').Split('/').Select(Uri.EscapeDataString))}";
}

public sealed record ImageProfile(string Name, int Width, int Height);
