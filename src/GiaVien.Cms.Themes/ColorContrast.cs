using System.Globalization;

namespace GiaVien.Cms.Themes;

/// <summary>
/// WCAG 2.1 contrast of the primary colour against white: the theme writes white text on it (header, menu)
/// and uses it for links on white, so it must reach 4.5:1 (level AA for normal text).
/// </summary>
public static class ColorContrast
{
    public const double MinimumRatio = 4.5;

    /// <summary>"#a50e0e" or "#A50E0E" (six hex digits) → normalised lowercase, else null.</summary>
    public static string? Normalize(string? value)
    {
        var text = value?.Trim();
        return text is { Length: 7 } && text[0] == '#' && text[1..].All(char.IsAsciiHexDigit) ? text.ToLowerInvariant() : null;
    }

    public static double RatioToWhite(string hex)
    {
        var luminance = RelativeLuminance(hex);
        return (1.0 + 0.05) / (luminance + 0.05);
    }

    public static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
