namespace GiaVien.Cms.Media.Images;

/// <summary>
/// The only sizes the server ever produces. A fixed set (no width from the query string) means the disk
/// cache holds at most five renditions per image and nobody can make the server resize endlessly.
/// </summary>
public sealed record ImageProfile(string Name, int Width, int Height, bool Crop)
{
    public static ImageProfile Thumbnail { get; } = new("thumbnail", 200, 200, Crop: true);

    public static ImageProfile Card { get; } = new("card", 480, 320, Crop: true);

    public static ImageProfile Article { get; } = new("article", 960, 1280, Crop: false);

    /// <summary>Open Graph / Zalo / Facebook share image.</summary>
    public static ImageProfile Og { get; } = new("og", 1200, 630, Crop: true);

    /// <summary>What the plain URL of an image serves: never the original bytes (which may carry GPS position).</summary>
    public static ImageProfile Full { get; } = new("full", 2560, 2560, Crop: false);

    public static IReadOnlyList<ImageProfile> All { get; } = [Thumbnail, Card, Article, Og, Full];

    public static ImageProfile? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>
    /// The output size for a source of <paramref name="width"/> × <paramref name="height"/> (as displayed).
    /// Never upscales: a cropped profile keeps its aspect ratio at the source's resolution when the source is smaller.
    /// </summary>
    public (int Width, int Height) OutputSize(int width, int height)
    {
        if (Crop)
        {
            var scale = Math.Min(1.0, Math.Min((double)width / Width, (double)height / Height));
            return (Math.Max(1, (int)Math.Round(Width * scale)), Math.Max(1, (int)Math.Round(Height * scale)));
        }

        var fit = Math.Min(1.0, Math.Min((double)Width / width, (double)Height / height));
        return (Math.Max(1, (int)Math.Round(width * fit)), Math.Max(1, (int)Math.Round(height * fit)));
    }
}
