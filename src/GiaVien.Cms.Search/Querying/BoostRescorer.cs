using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Adds the score of a <see cref="NewsQuery.Boost"/> query to the best matches of the first pass and ranks them
/// again, newer first when scores tie. Scores add up exactly as they would as optional clauses of the match query
/// (BM25 has no query normalisation), but only these few documents are scored.
/// </summary>
/// <remarks>
/// The boost query is a tree of disjunctions (a syllable's exact form in three fields, syllable pairs, exact phrases):
/// each of its term and phrase queries walks its own postings once through the window's hits, in document order, and
/// the tree's sums are made per hit. Scoring the whole disjunction hit by hit kept a heap of its two dozen scorers in
/// step, which cost more than reading the postings. Each disjunction sums its clauses in double precision and rounds
/// the sum to a float, as Lucene's disjunction scorer does, so every hit gets exactly the score it got from it.
/// </remarks>
public static class BoostRescorer
{
    public static void Rescore(IndexSearcher searcher, Query boost, ScoreDoc[] hits)
    {
        if (hits.Length == 0)
        {
            return;
        }

        var inDocOrder = hits.Select(h => h.Doc).ToArray();
        var positions = Enumerable.Range(0, hits.Length).ToArray();
        Array.Sort(inDocOrder, positions);

        var sums = ArrayPool<double>.Shared.Rent(hits.Length);
        var matched = ArrayPool<bool>.Shared.Rent(hits.Length);
        try
        {
            Array.Clear(sums, 0, hits.Length);
            Array.Clear(matched, 0, hits.Length);
            var window = new Window(searcher, inDocOrder, positions);
            var query = ReaderTermStatistics.For(searcher, boost);
            if (IsPlainDisjunction(query))
            {
                // The top-level sum is the boost's score itself, rounded as the disjunction's own.
                foreach (var clause in ((BooleanQuery)query).Clauses)
                {
                    window.Add(clause.Query, sums, matched);
                }
            }
            else
            {
                window.AddScored(query, sums, matched);
            }

            for (var i = 0; i < hits.Length; i++)
            {
                if (matched[i])
                {
                    hits[i].Score += (float)sums[i];
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<bool>.Shared.Return(matched);
        }

        Rank(searcher, hits, inDocOrder, positions);
    }

    // Only such a node's score is the plain sum of its matching clauses' scores: no coordination, no minimum, no boost of its own.
    private static bool IsPlainDisjunction(Query query) =>
        query is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0, Boost: 1f } boolean && boolean.Clauses.All(c => c.Occur == Occur.SHOULD);

    // Equal scores: newer first, then index order, so that pages never overlap.
    private static void Rank(IndexSearcher searcher, ScoreDoc[] hits, int[] inDocOrder, int[] positions)
    {
        var ranked = new (float Score, long Date, ScoreDoc Hit)[hits.Length];
        var leaves = searcher.IndexReader.Leaves;
        AtomicReaderContext? leaf = null;
        long[] leafDates = [];
        for (var i = 0; i < inDocOrder.Length; i++)
        {
            var doc = inDocOrder[i];
            if (leaf is null || doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
                leafDates = SegmentDates.Of(leaf.AtomicReader);
            }

            var hit = hits[positions[i]];
            ranked[positions[i]] = (hit.Score, leafDates[doc - leaf.DocBase], hit);
        }

        Array.Sort(ranked, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Date != b.Date ? b.Date.CompareTo(a.Date) : a.Hit.Doc.CompareTo(b.Hit.Doc));
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = ranked[i].Hit;
        }
    }

    /// <summary>The window's hits in document order, and where each stands in the ranked array.</summary>
    private sealed class Window(IndexSearcher searcher, int[] docs, int[] positions)
    {
        /// <summary>Adds <paramref name="query"/>'s score to the sums of the hits it matches, rounded as a clause's score.</summary>
        public void Add(Query query, double[] sums, bool[] matched)
        {
            if (!IsPlainDisjunction(query))
            {
                AddScored(query, sums, matched);
                return;
            }

            var own = ArrayPool<double>.Shared.Rent(docs.Length);
            var ownMatched = ArrayPool<bool>.Shared.Rent(docs.Length);
            try
            {
                Array.Clear(own, 0, docs.Length);
                Array.Clear(ownMatched, 0, docs.Length);
                foreach (var clause in ((BooleanQuery)query).Clauses)
                {
                    Add(clause.Query, own, ownMatched);
                }

                for (var i = 0; i < docs.Length; i++)
                {
                    if (ownMatched[i])
                    {
                        sums[i] += (float)own[i];
                        matched[i] = true;
                    }
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(own);
                ArrayPool<bool>.Shared.Return(ownMatched);
            }
        }

        /// <summary>Scores <paramref name="query"/> with its own scorer, leaf by leaf; scorers only move forward.</summary>
        public void AddScored(Query query, double[] sums, bool[] matched)
        {
            var weight = searcher.CreateNormalizedWeight(query);
            var leaves = searcher.IndexReader.Leaves;
            for (var i = 0; i < docs.Length;)
            {
                var leaf = leaves[ReaderUtil.SubIndex(docs[i], leaves)];
                var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                for (; i < docs.Length && docs[i] < end; i++)
                {
                    var doc = docs[i] - leaf.DocBase;
                    if (scorer is not null && (scorer.DocID >= doc || scorer.Advance(doc) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == doc)
                    {
                        sums[positions[i]] += scorer.GetScore();
                        matched[positions[i]] = true;
                    }
                }
            }
        }
    }
}
