using System.Text;
using Lucene.Net.Search.Highlight;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Lucene's own encoder writes every Vietnamese
/// letter as a numeric entity, which is unreadable in the JSON API.
/// </summary>
public sealed class HtmlMarkEncoder : IEncoder
{
    public static readonly HtmlMarkEncoder Instance = new();

    public string EncodeText(string originalText)
    {
        if (originalText.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return originalText;
        }

        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
