using System.Text;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// The per-request nonce of the Content-Security-Policy: only elements carrying it run (scripts) or apply (style
/// elements), and only the product's code writes it. Templates never see it.
/// </summary>
public static class CspNonce
{
    private static readonly object Key = new();

    /// <summary>
    /// Written instead of the nonce into themed pages, which the output cache may keep and serve to many requests;
    /// <see cref="NonceSubstitution"/> replaces it with each response's own nonce. It is random per process and as long
    /// as a nonce, so it never leaves the server and the page's length does not change.
    /// </summary>
    public static readonly string Placeholder = NonceSource.Next();

    /// <summary>The placeholder as a page's bytes carry it.</summary>
    internal static readonly byte[] PlaceholderBytes = Encoding.ASCII.GetBytes(Placeholder);

    public static string Of(HttpContext context)
    {
        if (context.Items[Key] is not string nonce)
        {
            nonce = NonceSource.Next();
            context.Items[Key] = nonce;
        }

        return nonce;
    }

    /// <summary>
    /// How many bytes at the end of <paramref name="text"/> are the first bytes of the placeholder (0 when none are):
    /// a writer holds them back, since the next write may finish the placeholder.
    /// </summary>
    internal static int PlaceholderStartAtEnd(ReadOnlySpan<byte> text)
    {
        for (var length = Math.Min(PlaceholderBytes.Length - 1, text.Length); length > 0; length--)
        {
            if (text[^length..].SequenceEqual(PlaceholderBytes.AsSpan(0, length)))
            {
                return length;
            }
        }

        return 0;
    }
}
