using System.Runtime.CompilerServices;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The date of every document of a segment, read once into an array per segment core. Doc values are read from the
/// file at each lookup (a seek and a buffered read through <c>NIOFSDirectory</c>), and ranking looks up the date of
/// every match whose score ties the worst of the window kept: that alone cost as much as the match query on the
/// search benchmark. A segment never changes once written, so its array is kept as long as the segment is open
/// (8 bytes a document) and goes with it when the tenant's readers are closed.
/// </summary>
public static class SegmentDates
{
    private static readonly ConditionalWeakTable<object, long[]> Dates = new();

    public static long[] Of(AtomicReader segment) => Dates.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static long[] Read(AtomicReader segment)
    {
        var dates = new long[segment.MaxDoc];
        if (segment.GetNumericDocValues(NewsFields.Date) is { } values)
        {
            for (var doc = 0; doc < dates.Length; doc++)
            {
                dates[doc] = values.Get(doc);
            }
        }

        return dates;
    }
}
