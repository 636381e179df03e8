using System.Text;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// Document codes ("số ký hiệu": 125/QĐ-UBND, 03/2024/TT-BNV) as people type them: with or without diacritics,
/// in any case, with slashes, dashes, dots or spaces between the parts, and the parts in any order ("QĐ 125").
/// A code becomes its parts, folded ("125", "qd", "ubnd"; letters and digits written together are two parts:
/// "QĐ125"); a search finds a code when every part it typed is a part of the code.
/// </summary>
public static class DocumentCode
{
    /// <summary>Parts of codes longer than this are ignored (pasted text, not a code).</summary>
    public const int MaxParts = 12;

    /// <summary>The folded parts of <paramref name="text"/>, in the order typed, each once.</summary>
    public static IReadOnlyList<string> Parts(string? text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var c in VietnameseText.Fold(text ?? ""))
        {
            var startsNewPart = current.Length > 0 && char.IsLetterOrDigit(c) && char.IsDigit(c) != char.IsDigit(current[^1]);
            if (!char.IsLetterOrDigit(c) || startsNewPart)
            {
                Flush(current, parts);
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
        }

        Flush(current, parts);
        return parts;
    }

    /// <summary>The parts in the order typed: a keyword's one spelling, separators and diacritics aside ("quyet dinh 125").</summary>
    public static string Folded(string? text) => string.Join(' ', Parts(text));

    /// <summary>One spelling of the whole code, the same however it was typed: its parts sorted ("125 qd ubnd").</summary>
    public static string Canonical(string? text) => string.Join(' ', Parts(text).Order(StringComparer.Ordinal));

    /// <summary>Whether a query may be a code: two to <see cref="MaxParts"/> parts, one of them a number.</summary>
    public static bool MayBeCode(IReadOnlyList<string> parts) =>
        parts.Count is >= 2 and <= MaxParts && parts.Any(p => p.All(char.IsAsciiDigit));

    private static void Flush(StringBuilder current, List<string> parts)
    {
        if (current.Length > 0 && !parts.Contains(current.ToString()))
        {
            parts.Add(current.ToString());
        }

        current.Clear();
    }
}
