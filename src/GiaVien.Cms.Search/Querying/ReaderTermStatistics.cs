using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// The term statistics of a search's term queries, kept per index reader. A term query looks its term up in the terms
/// dictionary of every segment to weigh it (the document frequency is the sum over all segments): on the search
/// benchmark those look-ups, a few dozen match, exact and syllable-pair terms per query in every segment, were a
/// tenth of the product's query cost beyond raw Lucene's. A reader never changes once opened, so what it answered for
/// a term holds until the tenant's next refresh, when the statistics go with the reader. Scores are exactly those of
/// the plain queries.
/// </summary>
public static class ReaderTermStatistics
{
    // Enough for the distinct terms that residents' searches use between two refreshes of a tenant's index
    // (a few hundred searches); past it terms are looked up per query as before, so memory stays bounded per reader.
    private const int TermsPerReader = 4096;

    private static readonly ConditionalWeakTable<IndexReaderContext, ConcurrentDictionary<Term, TermContext>> Known = new();

    /// <summary>
    /// <paramref name="query"/> with its term queries carrying their statistics in <paramref name="searcher"/>'s reader,
    /// and without the exclusions of terms that reader does not have (English items in an index of Vietnamese ones):
    /// such a clause excludes nothing and adds no score, but costs a scorer layer over every match.
    /// Only a tenant's own reader keeps them: the district view's reader over several tenants lives for one query.
    /// </summary>
    public static Query For(IndexSearcher searcher, Query query)
    {
        if (searcher.IndexReader is not DirectoryReader)
        {
            return query;
        }

        var top = searcher.TopReaderContext;
        return WithStatistics(query, top, Known.GetValue(top, _ => new ConcurrentDictionary<Term, TermContext>()));
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
            if (clause is { Occur: Occur.MUST_NOT, Query: TermQuery excluded } && Statistics(excluded.Term, top, known).DocFreq == 0)
            {
                continue;
            }

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
