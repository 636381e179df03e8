using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Searches in one language. An English search reads only the English-analysed fields (<see cref="EnglishFields"/>),
/// which only English items have, so it finds English items alone: every stemmed word is needed (stop words are
/// dropped by the analyser), quoted phrases keep their order, a leading minus excludes. A Vietnamese search is the
/// usual one with English items left out, scored exactly as before (the exclusion adds no score).
/// </summary>
public static class EnglishQueries
{
    private static readonly (string Field, float Weight)[] Fields = [(EnglishFields.Title, 3f), (EnglishFields.Lead, 1.5f), (EnglishFields.Body, 1f)];

    private static readonly TermQuery EnglishItems = new(new Term(EnglishFields.Language, LocalizationPart.English));

    /// <summary>The English query, or null when the input holds no word that is not a stop word.</summary>
    public static NewsQuery? Build(Analyzer analyzer, UserQuery input)
    {
        var match = new BooleanQuery(disableCoord: false);
        foreach (var word in Analyze(analyzer, input.Words))
        {
            match.Add(AnyField(word.Term), Occur.MUST);
        }

        foreach (var phrase in input.Phrases.Select(p => Analyze(analyzer, p)).Where(p => p.Count > 0))
        {
            match.Add(Phrase(phrase), Occur.MUST);
        }

        if (match.Clauses.Count == 0)
        {
            return null;
        }

        foreach (var word in Analyze(analyzer, input.ExcludedWords))
        {
            match.Add(AnyField(word.Term), Occur.MUST_NOT);
        }

        foreach (var phrase in input.ExcludedPhrases.Select(p => Analyze(analyzer, p)).Where(p => p.Count > 0))
        {
            match.Add(Phrase(phrase), Occur.MUST_NOT);
        }

        return new NewsQuery(match, null);
    }

    /// <summary><paramref name="query"/> without English items; an index that has none answers as if it had no such clause.</summary>
    public static NewsQuery WithoutEnglish(NewsQuery query) =>
        query with { Match = new BooleanQuery(disableCoord: true) { { query.Match, Occur.MUST }, { EnglishItems, Occur.MUST_NOT } } };

    private static BooleanQuery AnyField(string term)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in Fields)
        {
            any.Add(new TermQuery(new Term(field, term)) { Boost = weight }, Occur.SHOULD);
        }

        return any;
    }

    private static BooleanQuery Phrase(List<(string Term, int Position)> words)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in Fields)
        {
            var phrase = new PhraseQuery { Boost = weight };
            foreach (var (term, position) in words)
            {
                phrase.Add(new Term(field, term), position);
            }

            any.Add(phrase, Occur.SHOULD);
        }

        return any;
    }

    // Terms with their positions: a dropped stop word leaves a gap a phrase must keep.
    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var words = new List<(string Term, int Position)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        using var stream = analyzer.GetTokenStream(EnglishFields.Title, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && words.Count < NewsQueryBuilder.MaxSyllables)
        {
            position += increment.PositionIncrement;
            words.Add((term.ToString(), position));
        }

        stream.End();
        return words;
    }
}
