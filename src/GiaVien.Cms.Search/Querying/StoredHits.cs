using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The stored fields of the documents a results page shows, kept per segment core. Reading a hit's stored fields
/// decompresses the block of documents it lies in: on the search page of the demo that was a quarter of the request's
/// CPU, for the same ten hits every time. A segment's documents never change once written (an edit is a new document
/// in another segment, a deletion does not touch the stored fields), so a kept document is the one Lucene would read;
/// refreshed readers reuse the segments that did not change. At most <see cref="MaxPerSegment"/> documents a segment
/// (the first pages of the searches made most), and they go with the segment when the tenant's readers are closed.
/// </summary>
public static class StoredHits
{
    public const int MaxPerSegment = 64;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, Document>> BySegment = new();

    /// <summary>The stored fields of <paramref name="doc"/> (a document number of <paramref name="searcher"/>'s reader).</summary>
    public static Document Of(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var kept = BySegment.GetValue(leaf.AtomicReader.CoreCacheKey, static _ => new ConcurrentDictionary<int, Document>());
        if (kept.TryGetValue(local, out var document))
        {
            return document;
        }

        document = leaf.AtomicReader.Document(local);
        if (kept.Count < MaxPerSegment)
        {
            kept.TryAdd(local, document);
        }

        return document;
    }
}
