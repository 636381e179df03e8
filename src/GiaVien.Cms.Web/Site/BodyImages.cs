using System.Text.RegularExpressions;

namespace GiaVien.Cms.Web.Site;

/// <summary>Reads the photos of a stored (sanitised) body: its <c>img</c> elements point at the tenant's media URLs.</summary>
public static partial class BodyImages
{
    /// <summary>True when the body's first photo is the media file at <paramref name="mediaPath"/> (at any profile).</summary>
    public static bool StartsWith(string bodyHtml, string mediaPath)
    {
        var first = FirstImageSource().Match(bodyHtml);
        return first.Success && Uri.UnescapeDataString(first.Groups["src"].Value).EndsWith("/" + mediaPath.TrimStart('/'), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<img\b[^>]*?\ssrc=""(?<src>[^""]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstImageSource();
}
