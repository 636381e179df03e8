using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Adds the score of a <see cref="NewsQuery.Boost"/> query to the best matches of the first pass and ranks them
/// again, newer first when scores tie. Scores add up exactly as they would as optional clauses of the match query
/// (BM25 has no query normalisation), but only these few documents are scored.
/// </summary>
public static class BoostRescorer
{
    public static void Rescore(IndexSearcher searcher, Query boost, ScoreDoc[] hits)
    {
        if (hits.Length == 0)
        {
            return;
        }

        var weight = searcher.CreateNormalizedWeight(ReaderTermStatistics.For(searcher, boost));
        var leaves = searcher.IndexReader.Leaves;
        var dates = new Dictionary<ScoreDoc, long>(hits.Length, ReferenceEqualityComparer.Instance);
        AtomicReaderContext? leaf = null;
        Scorer? scorer = null;
        long[] leafDates = [];
        // Scorers only move forward: visit the hits in document order, leaf by leaf.
        foreach (var hit in hits.OrderBy(h => h.Doc))
        {
            if (leaf is null || hit.Doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                leafDates = SegmentDates.Of(leaf.AtomicReader);
            }

            var doc = hit.Doc - leaf.DocBase;
            dates[hit] = leafDates[doc];
            if (scorer is not null && (scorer.DocID >= doc || scorer.Advance(doc) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == doc)
            {
                hit.Score += scorer.GetScore();
            }
        }

        // Equal scores: newer first, then index order, so that pages never overlap.
        Array.Sort(hits, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : dates[a] != dates[b] ? dates[b].CompareTo(dates[a]) : a.Doc.CompareTo(b.Doc));
    }
}
