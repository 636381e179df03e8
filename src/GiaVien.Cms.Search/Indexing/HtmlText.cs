using System.Net;
using System.Text;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The readable text of sanitized article HTML: tags dropped (block ends become spaces so words of two
/// paragraphs never merge), entities decoded. A scanner rather than a DOM: it runs for every indexed article.
/// </summary>
public static class HtmlText
{
    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }
}
