using System.Net;
using System.Text;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The readable text of sanitized article HTML: tags dropped, entities decoded. Block boundaries become spaces so words
/// of two paragraphs never merge, while inline tags (bold, links…) leave no space, so "<b>Gia Viễn</b>," stays
/// "Gia Viễn,". A photo's caption ends as a sentence, so a snippet never runs it into the next paragraph. A scanner
/// rather than a DOM: it runs for every indexed article.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "u",
    };

    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(char.IsWhiteSpace(c) ? ' ' : c);
                continue;
            }

            var end = html.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            var name = TagName(html, i + 1, end, out var closing);
            if (closing && name.Equals("figcaption", StringComparison.OrdinalIgnoreCase))
            {
                EndSentence(text);
            }

            if (!InlineTags.Contains(name) && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            i = end;
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }

    private static string TagName(string html, int start, int end, out bool closing)
    {
        closing = start < end && html[start] == '/';
        var from = closing ? start + 1 : start;
        var to = from;
        while (to < end && char.IsAsciiLetterOrDigit(html[to]))
        {
            to++;
        }

        return html[from..to];
    }

    private static void EndSentence(StringBuilder text)
    {
        var last = text.Length - 1;
        while (last >= 0 && text[last] == ' ')
        {
            last--;
        }

        if (last >= 0 && char.IsLetterOrDigit(text[last]))
        {
            text.Insert(last + 1, '.');
        }
    }
}
