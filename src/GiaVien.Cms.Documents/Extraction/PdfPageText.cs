using System.Text;
using UglyToad.PdfPig.Content;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// A PDF page's letters as text, words kept apart. A page's raw text runs the last word of a line into the first
/// of the next ("xã" + "tổ chức" gave "xãtổ"), and many PDFs place words apart without a space glyph; PdfPig's word
/// extractor splits them right but groups and sorts every letter first, which cost about half of the reading. Here the
/// letters are read once in the order the page draws them, and a space goes wherever a letter starts on another line
/// or clearly to the right of where the previous one ended (text set vertically would come out a letter at a time:
/// government documents have none worth searching).
/// </summary>
internal static class PdfPageText
{
    // A gap wider than a fifth of the font size is a space between words (letters of a word sit closer, kerning aside).
    private const double WordGap = 0.2;

    // A baseline moved by more than half the font size is another line.
    private const double LineShift = 0.5;

    public static string Of(Page page)
    {
        var text = new StringBuilder(page.Letters.Count + page.Letters.Count / 4);
        Letter? previous = null;
        var space = false;
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                space = true;
                continue;
            }

            space |= previous is not null && Apart(previous, letter);
            if (space && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            previous = letter;
            space = false;
        }

        return text.ToString();
    }

    private static bool Apart(Letter previous, Letter letter)
    {
        var size = Math.Max(Math.Max(previous.PointSize, letter.PointSize), 1);
        return Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > LineShift * size
            || letter.StartBaseLine.X - previous.EndBaseLine.X > WordGap * size;
    }
}
