using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Items whose display date is in [<c>from</c>, <c>to</c>) in ticks, read from each segment's dates
/// (<see cref="SegmentDates"/>, which ranking reads anyway), not from indexed terms. A numeric range query needs the
/// date indexed as trie terms, 16 per item at Lucene's precision step for a long, and only this filter ever read them:
/// a rebuild spent more on them than on the rest of the date. An index written with those terms (analyzer vi-4 before
/// this change) has the same doc values, so it is filtered the same way and need not be rebuilt.
/// </summary>
public sealed class PublishedBetween(long from, long to) : Filter
{
    /// <summary>The range with either end open: null is unbounded.</summary>
    public static Query Query(long? from, long? to) => new ConstantScoreQuery(new PublishedBetween(from ?? long.MinValue, to ?? long.MaxValue));

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        new InRange(SegmentDates.Of(context.AtomicReader), from, to, acceptDocs);

    public override string ToString() => $"published:[{from} TO {to})";

    // Its iterator tests one document after another: an array read each, a few microseconds for a segment of thousands,
    // where a wide range's trie terms each had postings to read. In a conjunction the sparser clauses lead it.
    private sealed class InRange(long[] dates, long from, long to, IBits acceptDocs) : FieldCacheDocIdSet(dates.Length, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => dates[doc] >= from && dates[doc] < to;
    }
}
