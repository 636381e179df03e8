namespace GiaVien.Cms.Tenants.Caching;

/// <summary>Bound from <c>Cms:ReadCache</c>.</summary>
public sealed class PublicReadCacheOptions
{
    /// <summary>
    /// An estimate of the bytes of answers one tenant's <see cref="PublicReadCache"/> may hold (strings counted at two
    /// bytes a character); 0 turns it off. A commune's lists and its most read articles fit in the default.
    /// </summary>
    public long BytesPerTenant { get; set; } = 2 * 1024 * 1024;
}
