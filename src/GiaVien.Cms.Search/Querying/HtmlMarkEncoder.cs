using System.Text;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;), so Vietnamese letters stay readable in the
/// snippets and in the JSON API instead of becoming numeric entities.
/// </summary>
public static class HtmlMarkEncoder
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
