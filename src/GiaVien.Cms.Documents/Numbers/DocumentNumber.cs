using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Documents.Numbers;

/// <summary>
/// A số ký hiệu ("125/QĐ-UBND", "15/2024/NQ-HĐND") as a set of folded parts, so it is found however it is typed:
/// "125/qd-ubnd", "125 QĐ UBND" and "QĐ 125" all name "125/QĐ-UBND". Residents type the parts in any order, with
/// or without diacritics and with any separator; what they cannot leave out is the number itself.
/// </summary>
public static class DocumentNumber
{
    /// <summary>The folded parts of a number or of a query: "125/QĐ-UBND" → 125, qd, ubnd.</summary>
    public static IReadOnlyList<string> Parts(string text)
    {
        var parts = new List<string>();
        var folded = VietnameseText.Fold(text);
        foreach (var part in string.Concat(folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "QĐ125" typed without a separator is still a kind and a number.
            parts.AddRange(SplitLettersFromDigits(part));
        }

        return parts.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether <paramref name="query"/> names <paramref name="number"/>: it has a number among its parts and every
    /// part is one of the number's: "QĐ 125" names "125/QĐ-UBND", "125" alone names every document numbered 125,
    /// "QĐ UBND" names none.
    /// </summary>
    public static bool Matches(string number, string query)
    {
        var queryParts = Parts(query);
        if (!queryParts.Any(p => char.IsAsciiDigit(p[0])))
        {
            return false;
        }

        var numberParts = Parts(number);
        return queryParts.All(numberParts.Contains);
    }

    private static IEnumerable<string> SplitLettersFromDigits(string part)
    {
        var start = 0;
        for (var i = 1; i <= part.Length; i++)
        {
            if (i == part.Length || char.IsAsciiDigit(part[i]) != char.IsAsciiDigit(part[i - 1]))
            {
                yield return part[start..i];
                start = i;
            }
        }
    }
}
