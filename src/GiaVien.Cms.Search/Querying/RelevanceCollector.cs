using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Keeps the best <c>size</c> matches by score, newer first among equal scores, then in index order: the order of
/// sorting by score and date that Lucene's field-sorting collector gave, at about twice the cost of keeping the window
/// by score alone (the search benchmark's <c>stages</c>): it read every candidate's date from the doc values file.
/// Here dates come from <see cref="SegmentDates"/>, and only for matches that score at least as high as the worst kept.
/// </summary>
public sealed class RelevanceCollector(int size) : ICollector
{
    private readonly PriorityQueue<int, Rank> _kept = new(size + 1, WorstFirst.Instance);
    private Scorer? _scorer;
    private long[] _dates = [];
    private int _docBase;
    private int _total;
    private float _worstKeptScore = float.NegativeInfinity;

    // In order: the top-level query is a disjunction (the text match or a document code), for which Lucene would
    // otherwise pick its bucket scorer, an extra pass over every match here (ties are broken by doc id anyway).
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = SegmentDates.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        _total++;
        var score = _scorer!.GetScore();
        // Most matches of a common word score below the worst kept: one comparison of floats turns them away.
        if (score < _worstKeptScore)
        {
            return;
        }

        var rank = new Rank(score, _dates[doc], _docBase + doc);
        if (_kept.Count < size)
        {
            _kept.Enqueue(0, rank);
        }
        else if (_kept.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(rank, worst) > 0)
        {
            _kept.DequeueEnqueue(0, rank);
        }
        else
        {
            return;
        }

        if (_kept.Count == size)
        {
            _kept.TryPeek(out _, out var worstKept);
            _worstKeptScore = worstKept.Score;
        }
    }

    /// <summary>The kept matches, best first, and how many matched in all.</summary>
    public TopDocs TopDocs()
    {
        var hits = new ScoreDoc[_kept.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            _kept.TryDequeue(out _, out var rank);
            hits[i] = new ScoreDoc(rank.Doc, rank.Score);
        }

        return new TopDocs(_total, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
    }

    private readonly record struct Rank(float Score, long Date, int Doc);

    // The queue's head is the worst kept match: lowest score, then oldest, then last in index order.
    private sealed class WorstFirst : IComparer<Rank>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(Rank x, Rank y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.Date != y.Date ? x.Date.CompareTo(y.Date) : y.Doc.CompareTo(x.Doc);
    }
}
