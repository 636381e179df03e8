namespace GiaVien.Cms.Web.Site.Caching.Compression;

/// <summary>
/// The CRC-32 of gzip (reflected polynomial 0xEDB88320) and the two facts about it that let a stored gzip body take a
/// new nonce without reading the page again: the CRC is linear (changing some bytes changes it by the raw CRC of the
/// change alone), and appending zero bytes to a raw CRC is a multiplication by a power of x, which costs a few dozen
/// steps whatever the count (the method of zlib's <c>crc32_combine</c>).
/// </summary>
internal static class Crc32Algebra
{
    private const uint Polynomial = 0xEDB88320;

    private static readonly uint[] Table = BuildTable();

    /// <summary>x^(2^k) modulo the polynomial, for k = 0..31.</summary>
    private static readonly uint[] PowersOfX = BuildPowers();

    /// <summary>The CRC-32 a gzip trailer holds.</summary>
    public static uint Hash(ReadOnlySpan<byte> data) => ~Update(~0u, data);

    /// <summary>The linear part alone: no initial value, no final inversion.</summary>
    public static uint Raw(ReadOnlySpan<byte> data) => Update(0, data);

    /// <summary>What <paramref name="raw"/> becomes once <paramref name="count"/> zero bytes follow the data it was taken over.</summary>
    public static uint AppendZeros(uint raw, long count) => Multiply(XToThe8Times(count), raw);

    private static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = Table[(byte)(crc ^ b)] ^ (crc >> 8);
        }

        return crc;
    }

    /// <summary>x^(8n) modulo the polynomial: a zero byte multiplies the CRC by x^8.</summary>
    public static uint XToThe8Times(long n)
    {
        var product = 1u << 31; // x^0, in the reflected order
        for (var k = 3; n != 0; n >>= 1, k++)
        {
            if ((n & 1) != 0)
            {
                product = Multiply(PowersOfX[k & 31], product);
            }
        }

        return product;
    }

    /// <summary>a·b modulo the polynomial; <paramref name="a"/> must not be zero.</summary>
    public static uint Multiply(uint a, uint b)
    {
        var product = 0u;
        for (var bit = 1u << 31; ; bit >>= 1)
        {
            if ((a & bit) != 0)
            {
                product ^= b;
                if ((a & (bit - 1)) == 0)
                {
                    return product;
                }
            }

            b = (b & 1) != 0 ? (b >> 1) ^ Polynomial : b >> 1;
        }
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? (c >> 1) ^ Polynomial : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static uint[] BuildPowers()
    {
        var powers = new uint[32];
        powers[0] = 1u << 30; // x^1
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = Multiply(powers[k - 1], powers[k - 1]);
        }

        return powers;
    }
}
