using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Builds the Lucene query of a <see cref="UserQuery"/> from analyzed syllables, never through a query
/// parser. Each syllable must match (most of them, for long queries) in the title, lead or body, folded;
/// a syllable typed with diacritics also scores its exact form, so exact matches rank first. Adjacent
/// syllables score as bigrams, so words ("nông thôn") and names rank like phrases.
/// </summary>
public sealed class NewsQueryBuilder(VietnameseAnalyzer analyzer)
{
    public const int MaxSyllables = 16;
    private const float ExactBoost = 1.5f;

    private static readonly (string Field, float Weight)[] TextFields = [(NewsFields.Title, 3f), (NewsFields.Lead, 1.5f), (NewsFields.Body, 1f)];
    private static readonly (string Field, float Weight)[] BigramFields = [(NewsFields.TitleBigrams, 3f), (NewsFields.TextBigrams, 1f)];

    /// <summary>The query, or null when the input holds nothing to search for.</summary>
    public Query? Build(UserQuery input)
    {
        var query = new BooleanQuery(disableCoord: true);
        var words = QueryTerms.Analyze(analyzer, input.Words, MaxSyllables);
        var phrases = input.Phrases.Select(p => QueryTerms.Analyze(analyzer, p, MaxSyllables)).Where(p => p.Count > 0).ToList();
        if (words.Count == 0 && phrases.Count == 0)
        {
            return null;
        }

        if (words.Count > 0)
        {
            var all = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = Required(words.Count) };
            foreach (var syllable in words)
            {
                all.Add(Syllable(syllable, exactOnly: false), Occur.SHOULD);
            }

            query.Add(all, Occur.MUST);
            AddBigrams(query, words);
        }

        foreach (var phrase in phrases)
        {
            query.Add(phrase.Count == 1 ? Syllable(phrase[0], exactOnly: false) : Phrase(phrase), Occur.MUST);
            AddBigrams(query, phrase);
        }

        foreach (var excluded in QueryTerms.Analyze(analyzer, input.ExcludedWords, MaxSyllables))
        {
            query.Add(Syllable(excluded, exactOnly: true), Occur.MUST_NOT);
        }

        foreach (var excluded in input.ExcludedPhrases.Select(p => QueryTerms.Analyze(analyzer, p, MaxSyllables)).Where(p => p.Count > 0))
        {
            query.Add(excluded.Count == 1 ? Syllable(excluded[0], exactOnly: true) : Phrase(excluded), Occur.MUST_NOT);
        }

        return query;
    }

    // Up to four syllables (two Vietnamese words) every one is needed; in longer queries a quarter may be
    // missing (a typo, a filler word), and coordination ranks the fuller matches first.
    private static int Required(int count) => count <= 4 ? count : count - count / 4;

    /// <param name="exactOnly">For exclusions: "-hoà" excludes only "hoà", "-hoa" every spelling.</param>
    private static BooleanQuery Syllable(QuerySyllable syllable, bool exactOnly)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in TextFields)
        {
            if (!(exactOnly && syllable.Exact is not null))
            {
                any.Add(new TermQuery(new Term(field, syllable.Folded)) { Boost = weight }, Occur.SHOULD);
            }

            if (syllable.Exact is not null)
            {
                any.Add(new TermQuery(new Term(field, syllable.Exact)) { Boost = weight * ExactBoost }, Occur.SHOULD);
            }
        }

        return any;
    }

    private static BooleanQuery Phrase(List<QuerySyllable> syllables)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in TextFields)
        {
            var folded = new PhraseQuery { Boost = weight };
            foreach (var syllable in syllables)
            {
                folded.Add(new Term(field, syllable.Folded));
            }

            any.Add(folded, Occur.SHOULD);
            if (syllables.Any(s => s.Exact is not null))
            {
                var exact = new PhraseQuery { Boost = weight * ExactBoost };
                foreach (var syllable in syllables)
                {
                    exact.Add(new Term(field, syllable.Exact ?? syllable.Folded));
                }

                any.Add(exact, Occur.SHOULD);
            }
        }

        return any;
    }

    private static void AddBigrams(BooleanQuery query, List<QuerySyllable> syllables)
    {
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            var bigram = syllables[i].Folded + " " + syllables[i + 1].Folded;
            foreach (var (field, weight) in BigramFields)
            {
                query.Add(new TermQuery(new Term(field, bigram)) { Boost = weight }, Occur.SHOULD);
            }
        }
    }
}
