using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GiaVien.Cms.Content.Parts;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Parts decoded once per stored version. A published item's row stays in the tenant's read cache until the tenant's
/// next public change, and every uncached render of its page decoded the same part again (the news part's body
/// unescaped each time). The decoded parts are kept by the very JSON string the row holds
/// (<see cref="ContentItem.StoredJson"/>): a new version is a new string and is decoded afresh, the entry goes with the
/// row when the cache lets it go, and one tenant's row never answers for another's.
/// </summary>
public static class StoredParts
{
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, object>> Decoded = new();

    /// <summary>
    /// The part of the stored version <paramref name="item"/> was read from (the same instance on every call for that
    /// version, so it must not be changed). Only for an item as read, before anything changed its <see cref="ContentItem.Content"/>;
    /// an item built in code is decoded as by <see cref="ContentItem.As{TPart}"/>.
    /// </summary>
    public static TPart Of<TPart>(ContentItem item)
        where TPart : class, IContentPart<TPart>
    {
        if (item.StoredJson is not { } stored)
        {
            return item.As<TPart>();
        }

        var parts = Decoded.GetValue(stored, static _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
        return (TPart)parts.GetOrAdd(TPart.PartName, static (_, read) => read.As<TPart>(), item);
    }
}
