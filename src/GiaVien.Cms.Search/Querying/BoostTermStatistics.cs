using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The term statistics of boost terms, kept per index reader. A term query looks its term up in the terms dictionary
/// of every segment to weigh it (the document frequency is the sum over all segments), even though the rescoring then
/// reads postings only where the window's hits are: on the search benchmark those look-ups, about a dozen exact and
/// syllable-pair terms per query in every segment, were most of the rescoring's cost. A reader never changes once
/// opened, so what it answered for a term holds until the tenant's next refresh, when the statistics go with the reader.
/// Scores are exactly those of the plain queries.
/// </summary>
public static class BoostTermStatistics
{
    // Enough for the distinct boost terms that residents' searches use between two refreshes of a tenant's index
    // (a few hundred searches); past it terms are looked up per query as before, so memory stays bounded per reader.
    private const int TermsPerReader = 2048;

    private static readonly ConditionalWeakTable<IndexReaderContext, ConcurrentDictionary<Term, TermContext>> Known = new();

    /// <summary>
    /// <paramref name="boost"/> with its term queries carrying their statistics in <paramref name="searcher"/>'s reader.
    /// Only a tenant's own reader keeps them: the district view's reader over several tenants lives for one query.
    /// </summary>
    public static Query For(IndexSearcher searcher, Query boost)
    {
        if (searcher.IndexReader is not DirectoryReader)
        {
            return boost;
        }

        var top = searcher.TopReaderContext;
        return WithStatistics(boost, top, Known.GetValue(top, _ => new ConcurrentDictionary<Term, TermContext>()));
    }

    private static Query WithStatistics(Query query, IndexReaderContext top, ConcurrentDictionary<Term, TermContext> known) => query switch
    {
        TermQuery term => new TermQuery(term.Term, Statistics(term.Term, top, known)) { Boost = term.Boost },
        BooleanQuery boolean => Rebuilt(boolean, top, known),
        _ => query,
    };

    private static BooleanQuery Rebuilt(BooleanQuery boolean, IndexReaderContext top, ConcurrentDictionary<Term, TermContext> known)
    {
        var rebuilt = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            rebuilt.Add(WithStatistics(clause.Query, top, known), clause.Occur);
        }

        return rebuilt;
    }

    private static TermContext Statistics(Term term, IndexReaderContext top, ConcurrentDictionary<Term, TermContext> known)
    {
        if (known.TryGetValue(term, out var statistics))
        {
            return statistics;
        }

        statistics = TermContext.Build(top, term);
        return known.Count < TermsPerReader ? known.GetOrAdd(term, statistics) : statistics;
    }
}
