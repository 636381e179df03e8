using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// A page the output cache stored, as one of its hits was written: the status, the headers the cache set (all but
/// <c>Age</c>) and the body with its nonce placeholders. It stays tied to the store's entry it was read from
/// (<see cref="StoreKey"/>, <see cref="Stored"/>): served only while the store still holds that very entry, so every
/// eviction, expiry and compaction of the store applies to it too.
/// </summary>
internal sealed class FrontPage(string storeKey, byte[] stored, int status, KeyValuePair<string, StringValues>[] headers, ReadOnlyMemory<byte> body,
    bool bodyCopied, NonceSpots nonceSpots, long createdTicks)
{
    /// <summary>What a page costs beside its body: its key's strings, the header array and the objects (an estimate on the high side).</summary>
    private const long Overhead = 1024;

    public string StoreKey => storeKey;

    public byte[] Stored => stored;

    public int Status => status;

    public KeyValuePair<string, StringValues>[] Headers => headers;

    /// <summary>A part of <see cref="Stored"/> when the body was found there whole, otherwise a copy of its own.</summary>
    public ReadOnlyMemory<byte> Body => body;

    /// <summary>Where each hit writes its nonce into <see cref="Body"/>.</summary>
    public NonceSpots NonceSpots => nonceSpots;

    /// <summary>When the store's entry was made (<see cref="DateTimeOffset.UtcTicks"/>), to tell its age.</summary>
    public long CreatedTicks => createdTicks;

    /// <summary>
    /// The memory it may hold beyond the store: the stored entry counts too, because once the store drops it (expiry,
    /// compaction) the entry stays alive through this page until a sweep finds it gone.
    /// </summary>
    public long Size => Overhead + stored.Length + (bodyCopied ? body.Length : 0);
}
