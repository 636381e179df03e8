namespace GiaVien.Cms.Media.Images;

/// <summary>The encodings served: WebP to browsers that accept it, else JPEG (or PNG when the image has transparency).</summary>
public sealed record ImageFormat(string Extension, string ContentType)
{
    public static ImageFormat Webp { get; } = new("webp", "image/webp");

    public static ImageFormat Jpeg { get; } = new("jpg", "image/jpeg");

    public static ImageFormat Png { get; } = new("png", "image/png");

    public static ImageFormat ForRequest(string? accept, bool sourceHasAlpha) =>
        accept?.Contains("image/webp", StringComparison.OrdinalIgnoreCase) == true ? Webp
        : sourceHasAlpha ? Png
        : Jpeg;
}
