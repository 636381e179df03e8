using System.Buffers.Text;
using System.Security.Cryptography;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Fresh nonce values from the system's cryptographic generator, drawn in batches: one call fills a thread's buffer
/// with the bytes of many nonces, each nonce then takes its own unused bytes and wipes them, so no byte serves twice
/// and a nonce says nothing about any other. Asking the generator for a few bytes on every response cost more than
/// all the rest of the nonce work on a cached page (see docs/benchmarks.md, "Page guards").
/// </summary>
internal static class NonceSource
{
    /// <summary>144 random bits: 24 base64url characters without padding, none of which an HTML encoder changes.</summary>
    private const int RandomBytes = 18;

    public const int Length = RandomBytes / 3 * 4;

    private const int NoncesPerBatch = 64;

    [ThreadStatic]
    private static byte[]? t_batch;

    [ThreadStatic]
    private static int t_used;

    public static string Next()
    {
        var batch = t_batch ??= new byte[RandomBytes * NoncesPerBatch];
        if (t_used == 0)
        {
            RandomNumberGenerator.Fill(batch);
        }

        var bytes = batch.AsSpan(t_used, RandomBytes);
        var value = Base64Url.EncodeToString(bytes);
        CryptographicOperations.ZeroMemory(bytes);
        t_used = (t_used + RandomBytes) % batch.Length;
        return value;
    }
}
