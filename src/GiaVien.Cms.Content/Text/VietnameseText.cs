using System.Text;

namespace GiaVien.Cms.Content.Text;

/// <summary>
/// Folding of Vietnamese letters to ASCII by an explicit table rather than Unicode decomposition: it gives
/// the same answer for NFC and NFD input, folds đ (which has no decomposition), and does not depend on ICU.
/// </summary>
public static class VietnameseText
{
    private const string Accented = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    private const string Folded = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

    private static readonly Dictionary<char, char> FoldMap =
        Accented.Zip(Folded).ToDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>Lowercases and removes every diacritic: "Đinh Tiên Hoàng" → "dinh tien hoang".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (IsCombiningMark(c))
            {
                continue;
            }

            builder.Append(FoldMap.GetValueOrDefault(c, c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A URL slug from a Vietnamese title: "Bồi dưỡng nghiệp vụ năm 2023" → "boi-duong-nghiep-vu-nam-2023".
    /// Cut at a word boundary to at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Slugify(string text, int maxLength = 80)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Fold(text))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }

    // Combining diacritical marks, as found in decomposed (NFD) text pasted from macOS.
    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
