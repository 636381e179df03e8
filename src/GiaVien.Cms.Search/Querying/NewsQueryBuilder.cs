using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// What a search matches, and what only adds to the score of its best matches. <see cref="Match"/> decides the
/// results and their total: every syllable folded (most of them, for long queries) in the title, lead or body,
/// and quoted phrases folded. <see cref="Boost"/> never changes which items match, so it is scored only on the
/// best-ranked matches (<see cref="NewsSearch"/> rescores them): the exact-diacritic forms and the syllable pairs,
/// whose postings cover most of a large index and cost as much to score as the match itself.
/// </summary>
public sealed record NewsQuery(Query Match, Query? Boost);

/// <summary>
/// Builds the Lucene queries of a <see cref="UserQuery"/> from analyzed syllables, never through a query parser.
/// A syllable typed with diacritics also scores its exact form, so exact matches rank first. Adjacent syllables
/// score as bigrams, so words ("nông thôn") and names rank like phrases.
/// </summary>
public sealed class NewsQueryBuilder(VietnameseAnalyzer analyzer)
{
    public const int MaxSyllables = 16;
    private const float ExactBoost = 1.5f;

    private static readonly (string Field, float Weight)[] TextFields = [(NewsFields.Title, 3f), (NewsFields.Lead, 1.5f), (NewsFields.Body, 1f)];
    private static readonly (string Field, float Weight)[] BigramFields = [(NewsFields.TitleBigrams, 3f), (NewsFields.TextBigrams, 1f)];

    /// <summary>The queries in <paramref name="language"/> ("vi" or "en", <see cref="EnglishQueries"/>), or null when the input holds nothing to search for.</summary>
    public NewsQuery? Build(UserQuery input, string language) =>
        language == Content.Parts.LocalizationPart.English ? EnglishQueries.Build(analyzer, input) : Build(input);

    /// <summary>The queries, or null when the input holds nothing to search for.</summary>
    public NewsQuery? Build(UserQuery input)
    {
        var match = new BooleanQuery(disableCoord: true);
        var boost = new BooleanQuery(disableCoord: true);
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
                all.Add(AnyField(syllable.Folded, 1f), Occur.SHOULD);
                AddExact(boost, syllable);
            }

            match.Add(all, Occur.MUST);
            AddBigrams(boost, words);
        }

        foreach (var phrase in phrases)
        {
            match.Add(phrase.Count == 1 ? AnyField(phrase[0].Folded, 1f) : Phrase(phrase, exact: false), Occur.MUST);
            if (phrase.Count == 1)
            {
                AddExact(boost, phrase[0]);
            }
            else if (phrase.Any(s => s.Exact is not null))
            {
                boost.Add(Phrase(phrase, exact: true), Occur.SHOULD);
            }

            AddBigrams(boost, phrase);
        }

        // "-hoà" excludes only "hoà", "-hoa" every spelling; an excluded phrase excludes it however it is spelled.
        foreach (var excluded in QueryTerms.Analyze(analyzer, input.ExcludedWords, MaxSyllables))
        {
            match.Add(AnyField(excluded.Exact ?? excluded.Folded, 1f), Occur.MUST_NOT);
        }

        foreach (var excluded in input.ExcludedPhrases.Select(p => QueryTerms.Analyze(analyzer, p, MaxSyllables)).Where(p => p.Count > 0))
        {
            match.Add(excluded.Count == 1 ? AnyField(excluded[0].Exact ?? excluded[0].Folded, 1f) : Phrase(excluded, exact: false), Occur.MUST_NOT);
        }

        return new NewsQuery(match, boost.Clauses.Count > 0 ? boost : null);
    }

    // Up to four syllables (two Vietnamese words) every one is needed; in longer queries a quarter may be
    // missing (a typo, a filler word), and coordination ranks the fuller matches first.
    private static int Required(int count) => count <= 4 ? count : count - count / 4;

    private static BooleanQuery AnyField(string term, float boost)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in TextFields)
        {
            any.Add(new TermQuery(new Term(field, term)) { Boost = weight * boost }, Occur.SHOULD);
        }

        return any;
    }

    private static void AddExact(BooleanQuery boost, QuerySyllable syllable)
    {
        if (syllable.Exact is not null)
        {
            boost.Add(AnyField(syllable.Exact, ExactBoost), Occur.SHOULD);
        }
    }

    private static BooleanQuery Phrase(List<QuerySyllable> syllables, bool exact)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in TextFields)
        {
            var phrase = new PhraseQuery { Boost = exact ? weight * ExactBoost : weight };
            foreach (var syllable in syllables)
            {
                phrase.Add(new Term(field, exact ? syllable.Exact ?? syllable.Folded : syllable.Folded));
            }

            any.Add(phrase, Occur.SHOULD);
        }

        return any;
    }

    private static void AddBigrams(BooleanQuery boost, List<QuerySyllable> syllables)
    {
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            var bigram = syllables[i].Folded + " " + syllables[i + 1].Folded;
            foreach (var (field, weight) in BigramFields)
            {
                boost.Add(new TermQuery(new Term(field, bigram)) { Boost = weight }, Occur.SHOULD);
            }
        }
    }
}
