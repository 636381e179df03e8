namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Marks a request the output cache answers, once its policy has chosen the entry. The cache sets the entry's headers
/// and then writes its body into the response's writer before the response has started; Kestrel keeps such early
/// writes in a buffer of their own and copies them into the connection once the headers go out, so every cached page
/// would be copied twice. Knowing the request is a hit, the body writer starts the response first (see
/// <see cref="Security.Csp.NonceSubstitutionWriter"/>), and the page goes straight into the connection's buffers.
/// </summary>
internal static class ServedFromCache
{
    private static readonly object Key = new();

    public static void Mark(HttpContext context) => context.Items[Key] = Key;

    public static bool Is(HttpContext context) => context.Items.ContainsKey(Key);
}
